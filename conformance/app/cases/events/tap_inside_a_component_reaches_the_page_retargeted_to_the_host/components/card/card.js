require('../../observe.js').component('card', {}, { silent: true, handlers: ['onShell'] });
