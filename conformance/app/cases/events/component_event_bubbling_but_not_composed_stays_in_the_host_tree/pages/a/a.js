require('../../observe.js').page({}, { silent: true, handlers: ['onPicked', 'onPagePicked'] });
