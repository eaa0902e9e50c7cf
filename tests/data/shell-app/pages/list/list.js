const log = (what) => globalThis.__events.push('list ' + what);
Page({
  onLoad() { log('onLoad'); },
  onShow() { log('onShow'); },
  onHide() { log('onHide'); },
  onUnload() { log('onUnload'); },
  onTabItemTap(item) { log('onTabItemTap ' + item.index + ' ' + item.pagePath + ' ' + item.text); },
  tapBox() { log('tap box'); },
});
