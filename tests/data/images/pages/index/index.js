// Every image event as one line of text in globalThis.__events (the tests read it back).
const events = globalThis.__events || (globalThis.__events = []);

Page({
  data: { swap: '/images/ok.png', listTop: 0 },
  onLoadImage(e) { events.push(`load ${e.currentTarget.id} ${e.detail.width}x${e.detail.height}`); },
  onErrorImage(e) { events.push(`error ${e.currentTarget.id} ${e.detail.errMsg}`); },
  swapTo(src) { this.setData({ swap: src }); },
  listTo(top) { this.setData({ listTop: top }); },
});
