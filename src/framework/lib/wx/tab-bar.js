// The tabBar APIs (setTabBarBadge, removeTabBarBadge, showTabBarRedDot, hideTabBarRedDot,
// setTabBarStyle, setTabBarItem, showTabBar, hideTabBar) and what the render side calls when a
// shell part is tapped (globalThis.__sparrowShell: `back`, `tabTap`). WeChat refuses the tabBar
// APIs on pages that are not tab pages. The render side draws the bar (docs/shell.md).
'use strict';

const { invoke, fail, checkType } = require('./callback.js');

function createTabBar(runtime, shellWindow, report) {
  const tabs = Array.isArray(runtime.config.app && runtime.config.app.tabBar && runtime.config.app.tabBar.list)
    ? runtime.config.app.tabBar.list : [];

  /** Sends tabBar action `action` for the page on top, which must be a tab page. */
  function send(action, operands) {
    const page = runtime.router.current;
    if (!page || !runtime.tabRoutes.has(page.route)) throw fail('not TabBar page');
    runtime.render.request(page.id, 'shell', Object.assign({ op: 'tabBar', action }, operands));
    return {};
  }

  function index(options) {
    checkType('index', options.index, 'Number');
    if (!(options.index >= 0 && options.index < tabs.length) || Math.floor(options.index) !== options.index) throw fail('tabbar item not found');
    return options.index;
  }

  const api = (name, body) => (o) => invoke(name, o || {}, body, report);

  const apis = {
    setTabBarBadge: api('setTabBarBadge', (o) => {
      checkType('text', o.text, 'String');
      return send('badge', { index: index(o), text: o.text });
    }),
    removeTabBarBadge: api('removeTabBarBadge', (o) => send('removeBadge', { index: index(o) })),
    showTabBarRedDot: api('showTabBarRedDot', (o) => send('redDot', { index: index(o) })),
    hideTabBarRedDot: api('hideTabBarRedDot', (o) => send('hideRedDot', { index: index(o) })),
    setTabBarStyle: api('setTabBarStyle', (o) => send('style', {
      color: o.color, selectedColor: o.selectedColor, backgroundColor: o.backgroundColor, borderStyle: o.borderStyle,
    })),
    setTabBarItem: api('setTabBarItem', (o) => {
      const operands = { index: index(o) };
      for (const key of ['text', 'iconPath', 'selectedIconPath']) if (typeof o[key] === 'string') operands[key] = o[key];
      return send('item', operands);
    }),
    showTabBar: api('showTabBar', () => {
      const result = send('show', {});
      shellWindow.state.tabBarHidden = false;
      return result;
    }),
    hideTabBar: api('hideTabBar', () => {
      const result = send('hide', {});
      shellWindow.state.tabBarHidden = true;
      return result;
    }),
  };

  // What the render side calls on a tap (MiniProgramRuntime.PostShellCall).
  globalThis.__sparrowShell = {
    back() { runtime.router.navigateBack({ complete() {} }); },
    tabTap({ index: tapped }) {
      const item = tabs[tapped];
      if (!item) return;
      const route = String(item.pagePath).replace(/^\//, '');
      const page = runtime.router.current;
      // onTabItemTap goes to the tab page on top before the switch (and when it is the tapped tab).
      if (page && runtime.tabRoutes.has(page.route) && typeof page.caller.onTabItemTap === 'function') {
        try {
          page.caller.onTabItemTap({ index: String(tapped), pagePath: route, text: item.text || '' });
        } catch (e) { report(e); }
      }
      if (!page || page.route !== route) runtime.router.switchTab({ url: '/' + route, complete() {} });
    },
  };
  return apis;
}

module.exports = { createTabBar };
