const { logged } = require('../../utils/log.js');

Page(logged('tab2'));
