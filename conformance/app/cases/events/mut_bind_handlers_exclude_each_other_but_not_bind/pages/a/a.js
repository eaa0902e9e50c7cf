require('../../observe.js').page({}, { silent: true, handlers: ['mutOuter', 'bindMiddle', 'mutInner'] });
