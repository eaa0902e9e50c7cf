require('../../observe.js').page({});
