// What an app-suite case observes, as ordered lines of text: lifecycle hooks, event handler
// calls, API results. Every case package gets this file at its root (the runner copies it in;
// the events oracle loads the same file), so the engine and the oracles record the same way.
// The runner reads `globalThis.__observed` and drives steps through `globalThis.__observe`.
'use strict';

const log = globalThis.__observed || (globalThis.__observed = []);
// API callbacks of the current step: recorded together when the step ends (stack()), because the
// documents fix no order between a routing API's callbacks and the hooks of the pages it opens.
const pending = [];

function note(text) { log.push(text); }

/** A value with its type, so a number 1 and a string "1" differ: `number 1`, `Date 2020-…`. */
function show(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (value instanceof Date) return `Date ${value.toISOString()}`;
  if (Array.isArray(value)) return `array ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** errMsg as the documents give it: `name:ok`, or `name:fail` (the reason text is not documented). */
function status(result) {
  const errMsg = result && typeof result.errMsg === 'string' ? result.errMsg : String(result);
  const fail = errMsg.indexOf(':fail');
  return fail >= 0 ? errMsg.slice(0, fail + 5) : errMsg;
}

function wrap(target, name, label, args) {
  const own = target[name];
  target[name] = function observed(...values) {
    note(args ? `${label} ${args(values)}` : label);
    return typeof own === 'function' ? own.apply(this, values) : undefined;
  };
}

function query(values) { return JSON.stringify(values[0] || {}); }

/** App() with onLaunch, onShow and onHide recorded. */
function app(definition) {
  const def = Object.assign({}, definition);
  for (const hook of ['onLaunch', 'onShow', 'onHide']) wrap(def, hook, `App.${hook}`);
  return App(def);
}

/** A handler method that records the event it receives. */
function handler(name) {
  return function observedHandler(e) {
    const parts = [name, e.type, `target=${e.target && e.target.id}`, `current=${e.currentTarget && e.currentTarget.id}`];
    if (e.target && e.target.dataset && Object.keys(e.target.dataset).length > 0) parts.push(`dataset=${JSON.stringify(e.target.dataset)}`);
    if (e.currentTarget && e.currentTarget.dataset && Object.keys(e.currentTarget.dataset).length > 0) parts.push(`currentDataset=${JSON.stringify(e.currentTarget.dataset)}`);
    if (e.mark && Object.keys(e.mark).length > 0) parts.push(`mark=${JSON.stringify(e.mark)}`);
    if (e.detail && typeof e.detail === 'object' && Object.keys(e.detail).length > 0) parts.push(`detail=${JSON.stringify(e.detail)}`);
    note(parts.join(' '));
  };
}

function handlers(names, into) {
  for (const name of names || []) into[name] = handler(name);
  return into;
}

/**
 * Page() with every page hook recorded under the page's route (`pages/a/a.onLoad {"x":"1"}`);
 * `handlerNames` become recording event handlers. `silent: true` records nothing of the hooks.
 */
function page(definition, options) {
  const def = Object.assign({}, definition);
  const o = options || {};
  handlers(o.handlers, def);
  if (!o.silent) {
    for (const hook of ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload']) {
      const own = def[hook];
      def[hook] = function observedHook(...values) {
        note(hook === 'onLoad' ? `${this.route}.onLoad ${query(values)}` : `${this.route}.${hook}`);
        return typeof own === 'function' ? own.apply(this, values) : undefined;
      };
    }
  }
  return Page(def);
}

/** Component() with its lifetimes and page lifetimes recorded under `name`. */
function component(name, definition, options) {
  const def = Object.assign({}, definition);
  const o = options || {};
  def.methods = handlers(o.handlers, Object.assign({}, def.methods));
  if (!o.silent) {
    def.lifetimes = Object.assign({}, def.lifetimes);
    for (const hook of ['created', 'attached', 'ready', 'detached']) wrap(def.lifetimes, hook, `${name}.${hook}`);
    def.pageLifetimes = Object.assign({}, def.pageLifetimes);
    for (const hook of ['show', 'hide']) wrap(def.pageLifetimes, hook, `${name}.pageLifetimes.${hook}`);
  }
  return Component(def);
}

/**
 * A step `{"call": "wx.name", "args": …}`: an array of arguments calls the (synchronous) API
 * with them and records what it returns or throws; an object is the options of an asynchronous
 * API, given recording success/fail/complete callbacks (and `events` listeners for navigateTo).
 */
function call(path, args, events) {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const fn = path.split('.').reduce((o, k) => o[k], globalThis);
  if (Array.isArray(args)) {
    try {
      const result = fn(...args.map(revive));
      note(`${name} returns ${result && Array.isArray(result.keys) ? info(result) : show(result)}`);
    } catch (e) {
      note(`${name} throws ${status({ errMsg: e && e.message })}`);
    }
    return;
  }
  const options = Object.assign({}, revive(args), {
    success: (r) => pending.push(`${name} success ${status(r)}${details(r)}`),
    fail: (r) => pending.push(`${name} fail ${status(r)}`),
    complete: (r) => pending.push(`${name} complete ${status(r)}`),
  });
  if (events) {
    options.events = {};
    for (const event of events) options.events[event] = (data) => note(`opener got ${event} ${show(data)}`);
  }
  fn(options);
}

/** JSON cannot hold a Date or a 1 MB string: `{"$date": iso}` and `{"$repeat": [text, n]}` stand for them. */
function revive(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  if (typeof value.$date === 'string') return new Date(value.$date);
  if (Array.isArray(value.$repeat)) return String(value.$repeat[0]).repeat(value.$repeat[1]);
  const copy = {};
  for (const key of Object.keys(value)) copy[key] = revive(value[key]);
  return copy;
}

function details(r) {
  if (!r) return '';
  if ('data' in r) return ` data=${show(r.data)}`;
  if (Array.isArray(r.keys)) return ` ${info(r)}`;
  return '';
}

/** getStorageInfo's result: the keys (sorted: the documents give no order) and the limit in KB (currentSize's accounting is not documented). */
function info(r) { return `keys=${JSON.stringify(r.keys.slice().sort())} limitSize=${r.limitSize}`; }

/** A step `{"page": "method", "args": [...]}`: calls a method of the page on top. */
function callPage(method, args) {
  const pages = getCurrentPages();
  const top = pages[pages.length - 1];
  top[method](...(args || []));
}

/** Recorded after every step: the step's API callbacks, then the routes of getCurrentPages(), bottom first. */
function stack() {
  for (const line of pending.splice(0)) note(line);
  note(`pages [${getCurrentPages().map((p) => p.route).join(', ')}]`);
}

const api = { note, show, status, app, page, component, handler, call, callPage, stack };
globalThis.__observe = api;
module.exports = api;
