require('../../observe.js').page({}, { silent: true, handlers: ['onLong', 'onOuterLong'] });
