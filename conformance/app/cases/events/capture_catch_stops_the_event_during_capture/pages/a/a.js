require('../../observe.js').page({}, { silent: true, handlers: ['captureOuter', 'captureMiddle', 'captureInner', 'bubbleInner'] });
