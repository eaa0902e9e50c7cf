// The page stack and WeChat's routing APIs: navigateTo, redirectTo, navigateBack, switchTab,
// reLaunch. Hook order follows WeChat's "page routing" table: the page being left is hidden
// (navigateTo, switchTab) or unloaded (redirectTo, navigateBack, reLaunch) before the page being
// entered loads and shows; onReady follows the entered page's first render.
'use strict';

const { EventChannel } = require('./event-channel.js');
const { fail, invokeLater } = require('./wx/callback.js');

// WeChat keeps at most ten pages in the stack.
const STACK_LIMIT = 10;

function parseQuery(text) {
  const query = {};
  if (!text) return query;
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    // WeChat hands query values to onLoad as written in the URL (no decoding).
    if (eq < 0) query[part] = ''; else query[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return query;
}

class Router {
  constructor(runtime) {
    this.runtime = runtime;
    this.stack = [];
    this.tabPages = new Map(); // route -> PageHost kept alive while another tab is shown
  }

  get current() { return this.stack[this.stack.length - 1] || null; }

  /** A url as the APIs take it (relative to the current page, or '/'-rooted) → { route, query }. */
  resolve(url) {
    if (typeof url !== 'string' || url.length === 0) throw fail('parameter.url should be String instead of Undefined;');
    const q = url.indexOf('?');
    let path = q >= 0 ? url.slice(0, q) : url;
    const query = parseQuery(q >= 0 ? url.slice(q + 1) : '');
    if (!path.startsWith('/')) {
      const base = this.current ? this.current.route.split('/').slice(0, -1) : [];
      path = base.join('/') + '/' + path;
    }
    const parts = [];
    for (const segment of path.split('/')) {
      if (segment === '' || segment === '.') continue;
      if (segment === '..') parts.pop(); else parts.push(segment);
    }
    return { route: parts.join('/'), query };
  }

  checkPage(route, api) {
    if (!this.runtime.pages.has(route)) throw fail(`page "${route}" is not found`);
    const isTab = this.runtime.tabRoutes.has(route);
    if (api === 'switchTab' && !isTab) throw fail('can not switch to no-tabBar page');
    if ((api === 'navigateTo' || api === 'redirectTo') && isTab) throw fail(`can not ${api} a tabbar page`);
  }

  /** Creates, loads and shows a page; onReady follows its first render. */
  open(route, query, openerChannel, openType) {
    const page = this.runtime.createPage(route, query);
    page.openerChannel = openerChannel || null;
    page.openType = openType;
    this.stack.push(page);
    if (this.runtime.tabRoutes.has(route)) this.tabPages.set(route, page);
    page.load();
    page.show();
    page.scheduleReady();
    return page;
  }

  unload(page) {
    if (this.tabPages.get(page.route) === page) this.tabPages.delete(page.route);
    page.unload();
  }

  launch(route, query) {
    return this.open(route, query, null, 'appLaunch');
  }

  navigateTo(options) {
    return invokeLater('navigateTo', options, (o) => {
      const { route, query } = this.resolve(o.url);
      this.checkPage(route, 'navigateTo');
      if (this.stack.length >= STACK_LIMIT) throw fail('webview count limit exceed');
      const [openerEnd, pageEnd] = EventChannel.pair();
      for (const [name, listener] of Object.entries(o.events || {})) openerEnd.on(name, listener);
      if (this.current) this.current.hide();
      this.open(route, query, pageEnd, 'navigateTo');
      return { eventChannel: openerEnd };
    }, this.runtime.reportError);
  }

  redirectTo(options) {
    return invokeLater('redirectTo', options, (o) => {
      const { route, query } = this.resolve(o.url);
      this.checkPage(route, 'redirectTo');
      const leaving = this.stack.pop();
      if (leaving) this.unload(leaving);
      this.open(route, query, null, 'redirectTo');
      return {};
    }, this.runtime.reportError);
  }

  navigateBack(options) {
    return invokeLater('navigateBack', options, (o) => {
      if (this.stack.length <= 1) throw fail('cannot navigate back at first page.');
      let delta = Number(o.delta === undefined ? 1 : o.delta);
      if (!(delta >= 1)) delta = 1;
      delta = Math.min(Math.floor(delta), this.stack.length - 1);
      for (let i = 0; i < delta; i++) this.unload(this.stack.pop());
      this.current.show();
      return {};
    }, this.runtime.reportError);
  }

  switchTab(options) {
    return invokeLater('switchTab', options, (o) => {
      const { route } = this.resolve(o.url);
      this.checkPage(route, 'switchTab');
      // Every page leaves the stack; tab pages stay alive, hidden, the others unload.
      while (this.stack.length > 0) {
        const page = this.stack.pop();
        if (this.tabPages.get(page.route) === page) {
          if (page.route !== route) page.hide();
        } else {
          this.unload(page);
        }
      }
      const kept = this.tabPages.get(route);
      if (kept) {
        this.stack.push(kept);
        kept.show();
      } else {
        // switchTab ignores the query, as WeChat does.
        this.open(route, {}, null, 'switchTab');
      }
      return {};
    }, this.runtime.reportError);
  }

  reLaunch(options) {
    return invokeLater('reLaunch', options, (o) => {
      const { route, query } = this.resolve(o.url);
      if (!this.runtime.pages.has(route)) throw fail(`page "${route}" is not found`);
      while (this.stack.length > 0) this.unload(this.stack.pop());
      for (const page of this.tabPages.values()) page.unload();
      this.tabPages.clear();
      this.open(route, query, null, 'reLaunch');
      return {};
    }, this.runtime.reportError);
  }
}

module.exports = { Router, parseQuery, STACK_LIMIT };
