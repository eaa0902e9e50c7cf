// Views and media: view hover-class, text modes, image modes, every icon, progress, navigators.
Page({
  data: {
    presses: 0,
    refreshes: 0,
    percent: 0,
    modes: ['scaleToFill', 'aspectFit', 'aspectFill', 'center', 'top left', 'bottom right'],
    icons: ['success', 'success_no_circle', 'info', 'warn', 'waiting', 'cancel', 'download', 'search', 'clear'],
  },
  onLoad() {
    setTimeout(() => this.setData({ percent: 45 }), 100);
  },
  onPress() {
    this.setData({ presses: this.data.presses + 1 });
  },
  onPullDownRefresh() {
    this.setData({ refreshes: this.data.refreshes + 1 });
    wx.stopPullDownRefresh();
  },
});
