const log = (what) => globalThis.__events.push('home ' + what);
Page({
  onLoad() { log('onLoad'); },
  onShow() { log('onShow'); },
  onHide() { log('onHide'); },
  onUnload() { log('onUnload'); },
  onTabItemTap(item) { log('onTabItemTap ' + item.index + ' ' + item.pagePath + ' ' + item.text); },
  tapBox() { log('tap box'); },
  openModal() {
    wx.showModal({ title: '提示', content: '确定要删除这条记录吗？', success: (r) => log(`modal ${r.confirm} ${r.cancel}`) });
  },
  openSheet() {
    wx.showActionSheet({ itemList: ['拍照', '从相册选择', '保存图片'], success: (r) => log('sheet ' + r.tapIndex), fail: (r) => log(r.errMsg) });
  },
  openToast() { wx.showToast({ title: '已完成' }); },
});
