const observe = require('../../observe.js');
observe.page({
  reply(data) { this.getOpenerEventChannel().emit('fromTarget', data); },
});
