// The page hooks every sample page shares: each one appends "<route>.<hook>" to the app's log.
function logged(name, extra) {
  const hooks = {};
  for (const hook of ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload']) {
    hooks[hook] = function (arg) {
      getApp().globalData.log.push(`${name}.${hook}${hook === 'onLoad' ? ' ' + JSON.stringify(arg) : ''}`);
      if (extra && extra[hook]) extra[hook].call(this, arg);
    };
  }
  return hooks;
}
module.exports = { logged };
