// The window the page gets when the host draws the app shell (config.window.shell, docs/shell.md): the
// status bar and 44 px navigation bar at the top (none with navigationStyle custom) and the 50 px
// tabBar on tab pages (hidden by wx.hideTabBar: the page takes its room) are not the page's.
// screenHeight stays the whole screen. Sparrow.Host/Shell/ShellMetrics.cs draws the same geometry.
'use strict';

const NAVIGATION_BAR_HEIGHT = 44;
const TAB_BAR_HEIGHT = 50;

function createShellWindow(runtime) {
  const state = { tabBarHidden: false };

  /** navigationStyle of `route`: its json's, else app.json's window, else 'default'. */
  function navigationStyle(route) {
    const entry = runtime.pages.get(route);
    const own = entry && entry.config ? entry.config.navigationStyle : undefined;
    const app = runtime.config.app && runtime.config.app.window ? runtime.config.app.window.navigationStyle : undefined;
    return own || app || 'default';
  }

  /** The window figures for the page on top (the launch page before any page opened). */
  function current() {
    const w = runtime.window;
    if (!w.shell) return w; // BootConfig: window.shell, the host draws the shell
    const page = runtime.router.current;
    const route = page ? page.route : runtime.config.launch && runtime.config.launch.path || runtime.config.entry;
    let height = w.screenHeight;
    if (navigationStyle(route) !== 'custom') height -= w.statusBarHeight + NAVIGATION_BAR_HEIGHT;
    if (runtime.tabRoutes.has(route) && !state.tabBarHidden) height -= TAB_BAR_HEIGHT;
    return Object.assign({}, w, { windowHeight: Math.max(0, height) });
  }

  return { current, state };
}

module.exports = { createShellWindow, NAVIGATION_BAR_HEIGHT, TAB_BAR_HEIGHT };
