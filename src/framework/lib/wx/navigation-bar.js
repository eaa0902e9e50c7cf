// The navigation bar of the page on top: wx.setNavigationBarTitle, wx.setNavigationBarColor,
// wx.showNavigationBarLoading and wx.hideNavigationBarLoading. The render side keeps each page's bar
// (Sparrow.Host/Shell, docs/shell.md); without one these calls still succeed.
'use strict';

const { invoke, fail, checkType } = require('./callback.js');

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function createNavigationBar(runtime, report) {
  const send = (operands) => {
    const page = runtime.router.current;
    if (!page) throw fail('no page is open');
    runtime.render.request(page.id, 'shell', Object.assign({ op: 'navigationBar' }, operands));
    return {};
  };

  return {
    setNavigationBarTitle: (o) => invoke('setNavigationBarTitle', o, (options) => {
      checkType('title', options.title, 'String');
      return send({ title: options.title });
    }, report),
    setNavigationBarColor: (o) => invoke('setNavigationBarColor', o, (options) => {
      // WeChat takes exactly these two front colors and a hexadecimal background.
      if (options.frontColor !== '#ffffff' && options.frontColor !== '#000000') throw fail('invalid frontColor "' + options.frontColor + '"');
      if (typeof options.backgroundColor !== 'string' || !HEX.test(options.backgroundColor)) throw fail('invalid backgroundColor "' + options.backgroundColor + '"');
      return send({ frontColor: options.frontColor, backgroundColor: options.backgroundColor });
    }, report),
    showNavigationBarLoading: (o) => invoke('showNavigationBarLoading', o || {}, () => send({ loading: true }), report),
    hideNavigationBarLoading: (o) => invoke('hideNavigationBarLoading', o || {}, () => send({ loading: false }), report),
  };
}

module.exports = { createNavigationBar };
