// Derives a lifecycle, routing or storage case's expected trace from the documented rules in
// rules.js: a small model of the app (page stack, tab pages, components per page, storage) steps
// through steps.json and writes the lines observe.js would record if the documents hold.
'use strict';

const fs = require('fs');
const path = require('path');

const STACK_LIMIT = 10; // route-stack-limit
const ITEM_LIMIT = 1024 * 1024; // storage-limits: 1 MB per key
const TOTAL_LIMIT = 10 * 1024 * 1024; // storage-limits: 10 MB in all
const LIMIT_KB = 10240; // storage-info

function read(dir, file) {
  const p = path.join(dir, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
}

/** What a case package declares: pages (silent or not), tab pages, the observed components each page holds. */
function loadPackage(dir) {
  const app = JSON.parse(read(dir, 'app.json'));
  const tabs = new Set(((app.tabBar || {}).list || []).map((t) => t.pagePath));
  const pages = new Map();
  for (const route of app.pages) {
    const js = read(dir, `${route}.js`) || '';
    const json = JSON.parse(read(dir, `${route}.json`) || '{}');
    const wxml = read(dir, `${route}.wxml`) || '';
    const components = [];
    for (const [tag, target] of Object.entries(json.usingComponents || {})) {
      if (!new RegExp(`<${tag}[\\s>/]`).test(wxml)) continue;
      const cjs = read(dir, `${target.replace(/^\//, '')}.js`) || '';
      const m = /\.component\('([^']+)'/.exec(cjs);
      if (m && !/silent:\s*true/.test(cjs)) components.push(m[1]);
    }
    if (components.length > 1) throw new Error(`${route}: the documents do not order the lifetimes of sibling components; one observed component per page`);
    const silent = /silent:\s*true/.test(js);
    if (!silent && components.length > 0) throw new Error(`${route}: the documents do not order page hooks against component lifetimes; observe one or the other`);
    pages.set(route, { silent, components });
  }
  return { entry: app.pages[0], pages, tabs };
}

function parseUrl(url, current) {
  const q = url.indexOf('?');
  let p = q >= 0 ? url.slice(0, q) : url;
  const query = {};
  for (const part of (q >= 0 ? url.slice(q + 1) : '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) query[part] = ''; else query[part.slice(0, eq)] = part.slice(eq + 1);
  }
  if (!p.startsWith('/')) p = (current ? current.split('/').slice(0, -1).join('/') : '') + '/' + p;
  const parts = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') parts.pop(); else parts.push(s);
  }
  return { route: parts.join('/'), query };
}

function show(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (value instanceof Date) return `Date ${value.toISOString()}`;
  if (Array.isArray(value)) return `array ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function revive(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  if (typeof value.$date === 'string') return new Date(value.$date);
  if (Array.isArray(value.$repeat)) return String(value.$repeat[0]).repeat(value.$repeat[1]);
  const copy = {};
  for (const key of Object.keys(value)) copy[key] = revive(value[key]);
  return copy;
}

class Model {
  constructor(pkg) {
    this.pkg = pkg;
    this.trace = [];
    this.rules = new Set();
    this.pending = [];
    this.stack = [];
    this.tabPages = new Map();
    this.storage = new Map(); // key -> value (kept across a restart: storage-persistence)
  }

  emit(rule, ...lines) { this.rules.add(rule); for (const l of lines) this.trace.push(l); }

  group(rule, lines) {
    this.rules.add(rule);
    if (lines.length === 1) this.trace.push(lines[0]);
    else if (lines.length > 1) this.trace.push({ anyOrder: lines });
  }

  hookLines(page, hook, query) {
    const info = this.pkg.pages.get(page.route);
    if (info.silent) return [];
    return [hook === 'onLoad' ? `${page.route}.onLoad ${JSON.stringify(query || {})}` : `${page.route}.${hook}`];
  }

  compLines(page, what) { return this.pkg.pages.get(page.route).components.map((c) => `${c}.${what}`); }

  open(route, query, rule) {
    const page = { route, shown: true };
    this.stack.push(page);
    if (this.pkg.tabs.has(route)) this.tabPages.set(route, page);
    this.emit(rule, ...this.hookLines(page, 'onLoad', query), ...this.hookLines(page, 'onShow'));
    this.emit('page-lifecycle', ...this.hookLines(page, 'onReady'));
    const comps = this.pkg.pages.get(route).components;
    if (comps.length > 0) {
      this.emit('component-lifetimes', ...this.compLines(page, 'created'), ...this.compLines(page, 'attached'));
      this.group('silent-component-ready', [...this.compLines(page, 'pageLifetimes.show'), ...this.compLines(page, 'ready')]);
    }
  }

  // A page hidden already (under a pushed page) is not hidden again: the tab table's "D → B" row
  // has no onHide for the tab page under C and D.
  hideLines(page) {
    if (!page.shown) return [];
    page.shown = false;
    return [...this.hookLines(page, 'onHide'), ...this.compLines(page, 'pageLifetimes.hide')];
  }

  showLines(page) {
    if (page.shown) return [];
    page.shown = true;
    return [...this.hookLines(page, 'onShow'), ...this.compLines(page, 'pageLifetimes.show')];
  }

  unloadLines(page) {
    if (this.tabPages.get(page.route) === page) this.tabPages.delete(page.route);
    return [...this.hookLines(page, 'onUnload'), ...this.compLines(page, 'detached')];
  }

  get top() { return this.stack[this.stack.length - 1]; }

  launch(launchPath) {
    this.emit('app-launch', 'App.onLaunch', 'App.onShow');
    const { route, query } = parseUrl('/' + (launchPath || this.pkg.entry), null);
    this.open(route, query, 'route-launch');
    this.endStep();
  }

  endStep() {
    for (const line of this.pending.splice(0)) this.trace.push(line);
    this.trace.push(`pages [${this.stack.map((p) => p.route).join(', ')}]`);
  }

  /** An async API's outcome: success or fail, then complete (api-callbacks). */
  settle(name, ok, extra) {
    this.rules.add('api-callbacks');
    const status = ok ? `${name}:ok` : `${name}:fail`;
    this.pending.push(`${name} ${ok ? 'success' : 'fail'} ${status}${ok && extra ? extra : ''}`, `${name} complete ${status}`);
  }

  route(name, args, events) {
    const current = this.top ? this.top.route : null;
    const target = args.url ? parseUrl(args.url, current) : null;
    if (target && target.query && Object.keys(target.query).length > 0) this.rules.add('route-query');
    const known = target && this.pkg.pages.has(target.route);
    const isTab = known && this.pkg.tabs.has(target.route);
    const fail = (rule) => { this.rules.add(rule); this.settle(name, false); };
    switch (name) {
      case 'navigateTo':
        if (!known) return fail('route-unknown-page');
        if (isTab) return fail('route-tab-only');
        if (this.stack.length >= STACK_LIMIT) return fail('route-stack-limit');
        this.emit('route-navigate-to', ...this.hideLines(this.top));
        this.open(target.route, target.query, 'route-navigate-to');
        if (events) { this.rules.add('route-event-channel'); this.channel = events; }
        return this.settle(name, true);
      case 'redirectTo':
        if (!known) return fail('route-unknown-page');
        if (isTab) return fail('route-tab-only');
        this.emit('route-redirect-to', ...this.unloadLines(this.stack.pop()));
        this.open(target.route, target.query, 'route-redirect-to');
        return this.settle(name, true);
      case 'navigateBack': {
        let delta = args.delta === undefined ? 1 : args.delta;
        if (delta > this.stack.length - 1) { this.rules.add('route-back-delta'); delta = this.stack.length - 1; }
        const lines = [];
        for (let i = 0; i < delta; i++) lines.push(...this.unloadLines(this.stack.pop()));
        this.group(delta > 1 ? 'silent-unload-order' : 'route-navigate-back', lines);
        this.emit('route-navigate-back', ...this.showLines(this.top));
        return this.settle(name, true);
      }
      case 'reLaunch': {
        if (!known) return fail('route-unknown-page');
        const lines = [];
        while (this.stack.length > 0) lines.push(...this.unloadLines(this.stack.pop()));
        for (const page of Array.from(this.tabPages.values())) lines.push(...this.unloadLines(page));
        this.group(lines.length > 1 ? 'silent-unload-order' : 'route-relaunch', lines);
        this.open(target.route, target.query, 'route-relaunch');
        return this.settle(name, true);
      }
      case 'switchTab': {
        if (!known || !isTab) return fail(known ? 'route-tab-only' : 'route-unknown-page');
        this.rules.add('route-switch-tab');
        if (this.top.route === target.route && this.stack.length === 1) return this.settle(name, true);
        while (this.stack.length > 0) {
          const page = this.stack.pop();
          if (this.tabPages.get(page.route) === page) this.emit('route-switch-tab', ...this.hideLines(page));
          else this.emit('route-switch-tab', ...this.unloadLines(page));
        }
        const kept = this.tabPages.get(target.route);
        if (kept) { this.stack.push(kept); this.emit('route-switch-tab', ...this.showLines(kept)); }
        else this.open(target.route, {}, 'route-switch-tab');
        return this.settle(name, true);
      }
      default:
        throw new Error(`no documented rule models wx.${name}`);
    }
  }

  storageCall(name, args) {
    const sync = Array.isArray(args);
    const a = sync ? args.map(revive) : revive(args);
    const key = sync ? a[0] : a.key;
    const data = sync ? a[1] : a.data;
    const api = name.replace(/Sync$/, '');
    const done = (ok, value, extra) => {
      if (sync) this.trace.push(ok ? `${name} returns ${value}` : `${name} throws ${name}:fail`);
      else this.settle(name, ok, extra);
    };
    switch (api) {
      case 'setStorage': {
        this.rules.add('storage-sync-async');
        if (data instanceof Date) this.rules.add('storage-types');
        const size = data instanceof Date ? 8 : JSON.stringify(data).length;
        if (size > ITEM_LIMIT) { this.rules.add('storage-limits'); return done(false); }
        let total = key.length + size;
        for (const [k, v] of this.storage) if (k !== key) total += k.length + (v instanceof Date ? 8 : JSON.stringify(v).length);
        if (total > TOTAL_LIMIT) { this.rules.add('storage-limits'); return done(false); }
        this.storage.set(key, data);
        return done(true, 'undefined');
      }
      case 'getStorage':
        this.rules.add('storage-sync-async');
        if (!this.storage.has(key)) throw new Error('the documents do not say what reading a missing key gives');
        if (typeof this.storage.get(key) !== 'string') this.rules.add('storage-types');
        return done(true, show(this.storage.get(key)), ` data=${show(this.storage.get(key))}`);
      case 'removeStorage':
        this.rules.add('storage-remove-clear');
        this.storage.delete(key);
        return done(true, 'undefined');
      case 'clearStorage':
        this.rules.add('storage-remove-clear');
        this.storage.clear();
        return done(true, 'undefined');
      case 'getStorageInfo': {
        this.rules.add('storage-info');
        const info = `keys=${JSON.stringify(Array.from(this.storage.keys()).sort())} limitSize=${LIMIT_KB}`;
        return done(true, info, ` ${info}`);
      }
      default:
        throw new Error(`no documented rule models wx.${name}`);
    }
  }

  step(step, launchPath) {
    if (step.restart) {
      this.rules.add('storage-persistence');
      this.trace.push('(restart)');
      this.stack = [];
      this.tabPages.clear();
      this.launch(launchPath);
      return;
    }
    if (step.hide) this.group('silent-app-page-order', ['App.onHide', ...this.hideLines(this.top)]);
    else if (step.show) this.group('silent-app-page-order', ['App.onShow', ...this.showLines(this.top)]);
    else if (step.call) {
      const name = step.call.replace(/^wx\./, '');
      if (/Storage/.test(name)) this.storageCall(name, step.args);
      else this.route(name, step.args || {}, step.events);
    } else if (step.page === 'reply') {
      // The case's page method: getOpenerEventChannel().emit('<first event>', data).
      this.rules.add('route-event-channel');
      this.trace.push(`opener got ${this.channel[0]} ${show(step.args[0])}`);
    } else throw new Error(`no documented rule models step ${JSON.stringify(step)}`);
    this.endStep();
  }
}

/** The expected trace of the case in `dir`, with the ids of the rules it came from. */
function simulate(dir) {
  const pkg = loadPackage(dir);
  const steps = JSON.parse(read(dir, 'steps.json'));
  const model = new Model(pkg);
  model.launch(steps.launch);
  for (const step of steps.steps) model.step(step, steps.launch);
  return { rules: Array.from(model.rules).sort(), trace: model.trace };
}

module.exports = { simulate };
