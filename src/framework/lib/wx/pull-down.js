// Page pull-down refresh (WebView renderer semantics). The render side owns the gesture: it moves
// the page, shows the three-dot indicator and posts onPullDownRefresh on release past the
// threshold, without waiting for JS (HeadlessSession.Scroll.cs, Queries/PullDownRefresh.cs). Here:
// telling it each page's settings, and wx.startPullDownRefresh / wx.stopPullDownRefresh.
'use strict';

const { invokeHost, fail } = require('./callback.js');

/**
 * A page's pull-down settings: its json's `enablePullDownRefresh`, `backgroundTextStyle` and
 * `backgroundColor`, each else app.json's `window`, else WeChat's defaults (off, dark, #ffffff).
 */
function pullDownConfig(runtime, route) {
  const entry = runtime.pages.get(route);
  const own = (entry && entry.config) || {};
  const app = (runtime.config.app && runtime.config.app.window) || {};
  const pick = (name, valid, fallback) => [own[name], app[name]].find(valid) ?? fallback;
  return {
    action: 'config',
    enabled: pick('enablePullDownRefresh', (v) => typeof v === 'boolean', false),
    textStyle: pick('backgroundTextStyle', (v) => v === 'dark' || v === 'light', 'dark'),
    background: normalizeHex(pick('backgroundColor', (v) => normalizeHex(v) !== null, '#ffffff')),
  };
}

/** `#rgb` / `#rrggbb` as `#rrggbb` (lower case), or null for anything else. */
function normalizeHex(value) {
  if (typeof value !== 'string') return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : null;
}

/**
 * Sends page `page`'s settings to the render side (once, when the page is created). A page without
 * pull-down refresh sends nothing: the render side's default is off.
 */
function sendPullDownConfig(runtime, page) {
  const config = pullDownConfig(runtime, page.route);
  if (config.enabled) runtime.render.request(page.id, 'pullDown', config);
}

/** wx.startPullDownRefresh and wx.stopPullDownRefresh for the current page. */
function createPullDown(runtime, report) {
  const action = (name, kind) => (o) => invokeHost(name, o, (options, finish) => {
    const page = runtime.router.current;
    if (!page) throw fail('no page is open');
    if (!runtime.render.enabled) { setTimeout(() => finish(true, {}), 0); return; }
    runtime.render.request(page.id, 'pullDown', { action: kind }, () => finish(true, {}));
  }, report);
  return {
    startPullDownRefresh: action('startPullDownRefresh', 'start'),
    stopPullDownRefresh: action('stopPullDownRefresh', 'stop'),
  };
}

module.exports = { createPullDown, sendPullDownConfig, pullDownConfig };
