const observe = require('../../observe.js');
observe.component('card', {
  methods: {
    fire() { this.triggerEvent('picked', { value: 1 }, {}); },
  },
}, { silent: true, handlers: ['onShell'] });
