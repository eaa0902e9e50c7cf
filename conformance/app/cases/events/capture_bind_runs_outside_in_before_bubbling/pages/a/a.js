require('../../observe.js').page({}, { silent: true, handlers: ['captureOuter', 'captureInner', 'bubbleOuter', 'bubbleInner'] });
