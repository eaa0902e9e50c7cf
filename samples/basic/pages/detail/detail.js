const { logged } = require('../../utils/log.js');

Page(Object.assign(logged('detail', {
  onLoad(query) {
    this.setData({ id: query.id || '' });
    const channel = this.getOpenerEventChannel();
    if (channel) {
      channel.on('ping', (data) => channel.emit('pong', { echo: data.n + 1 }));
      channel.emit('opened', { route: this.route });
    }
  },
}), {
  data: { id: '' },
  onTap(e) {
    getApp().globalData.log.push(`detail.onTap ${e.type} ${e.currentTarget.dataset.k}`);
    this.setData({ id: this.data.id + '!' });
  },
}));
