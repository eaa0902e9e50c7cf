const observe = require('../../observe.js');
observe.component('card', {
  methods: {
    fire() { this.triggerEvent('picked', { value: 1 }, { bubbles: true }); },
  },
}, { silent: true, handlers: ['onShell'] });
