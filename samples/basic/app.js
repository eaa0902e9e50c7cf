// Records every lifecycle hook in globalData.log so tests (and people) can see WeChat's order.
App({
  globalData: { log: [] },
  onLaunch(options) { this.globalData.log.push('App.onLaunch ' + options.path); },
  onShow() { this.globalData.log.push('App.onShow'); },
  onHide() { this.globalData.log.push('App.onHide'); },
  onError(message) { this.globalData.log.push('App.onError ' + message.split('\n')[0]); },
});
