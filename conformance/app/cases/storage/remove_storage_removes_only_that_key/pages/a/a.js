require('../../observe.js').page({}, { silent: true });
