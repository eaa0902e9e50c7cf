// The window and the system theme as the host changes them after launch (the embedding API's
// Resize, SetPixelRatio, SetSafeArea, SetTheme → MiniProgramRuntime.ChangeEnvironmentAsync):
// getSystemInfo's figures follow; a new theme calls App.onThemeChange, then wx.onThemeChange
// listeners, with {theme}; a new size or pixel ratio calls wx.onWindowResize listeners, then the
// page's onResize (and its component `pageLifetimes.resize`), with {size: {windowWidth, windowHeight}}.
'use strict';

// The one runtime of this isolate's base library (set by createEnvironment), for the host's change().
let active = null;

function createEnvironment(runtime, shellWindow, report) {
  const listeners = { theme: [], resize: [] };

  function listen(list, listener, add) {
    if (typeof listener !== 'function') return;
    const at = list.indexOf(listener);
    if (add && at < 0) list.push(listener);
    if (!add && at >= 0) list.splice(at, 1);
  }

  function call(list, arg, where) {
    for (const listener of list.slice()) {
      try { listener(arg); } catch (e) { report(e, where); }
    }
  }

  active = {
    change(c) {
      const w = runtime.window;
      const resized = c.windowWidth !== w.windowWidth || c.windowHeight !== w.screenHeight || c.pixelRatio !== w.pixelRatio;
      const themed = c.theme !== (w.theme || 'light');
      w.windowWidth = w.screenWidth = c.windowWidth;
      w.windowHeight = w.screenHeight = c.windowHeight;
      w.pixelRatio = c.pixelRatio;
      w.safeAreaInsets = c.safeAreaInsets;
      if (themed) {
        w.theme = c.theme;
        runtime.callAppHook('onThemeChange', [{ theme: c.theme }]);
        call(listeners.theme, { theme: c.theme }, 'wx.onThemeChange');
      }
      if (resized) {
        // windowHeight is the page's: the window less the shell's bars when the host draws them.
        const now = shellWindow.current();
        const size = { windowWidth: now.windowWidth, windowHeight: now.windowHeight };
        call(listeners.resize, { size }, 'wx.onWindowResize');
        runtime.pageEvent('onResize', { size });
      }
    },
  };

  return {
    onThemeChange: (listener) => listen(listeners.theme, listener, true),
    offThemeChange: (listener) => listen(listeners.theme, listener, false),
    onWindowResize: (listener) => listen(listeners.resize, listener, true),
    offWindowResize: (listener) => listen(listeners.resize, listener, false),
  };
}

/** The host's call: `c` is {windowWidth, windowHeight, pixelRatio, theme, safeAreaInsets}. */
function change(c) {
  if (active) active.change(c);
}

module.exports = { createEnvironment, change };
