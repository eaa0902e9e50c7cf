// Every image event as one line of text in globalThis.__events (the tests read it back).
const events = globalThis.__events || (globalThis.__events = []);

Page({
  data: { net: '' },
  onLoadImage(e) { events.push(`load ${e.currentTarget.id} ${e.detail.width}x${e.detail.height}`); },
  onErrorImage(e) { events.push(`error ${e.currentTarget.id} ${e.detail.errMsg}`); },
  loadNet(src) { this.setData({ net: src }); },
  openB() { wx.navigateTo({ url: '/pages/b/index' }); },
});
