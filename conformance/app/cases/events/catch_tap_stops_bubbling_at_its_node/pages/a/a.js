require('../../observe.js').page({}, { silent: true, handlers: ['onOuter', 'onMiddle', 'onInner'] });
