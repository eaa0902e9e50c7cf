require('../../observe.js').page({}, { silent: true, handlers: ['onCard', 'onPage'] });
