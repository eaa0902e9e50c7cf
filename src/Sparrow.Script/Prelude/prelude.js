// Sparrow's prelude: the first script in every context.
//
// The runtime defines its host functions under reserved global names; this script captures them
// in a closure, deletes the names, and builds the standard globals from them: console, timers,
// queueMicrotask, require (CommonJS), and a virtual Date when the clock is virtual.
// It evaluates to the function the runtime calls to fire a timer.
(function (g) {
  'use strict';
  const host = {
    log: g.__sparrow_log,
    timerStart: g.__sparrow_timer_start,
    timerClear: g.__sparrow_timer_clear,
    now: g.__sparrow_now,
    resolve: g.__sparrow_require_resolve,
    load: g.__sparrow_require_load,
    virtualTime: g.__sparrow_virtual_time === true,
  };
  for (const name of ['__sparrow_log', '__sparrow_timer_start', '__sparrow_timer_clear', '__sparrow_now',
    '__sparrow_require_resolve', '__sparrow_require_load', '__sparrow_virtual_time']) {
    delete g[name];
  }

  // ---- console ------------------------------------------------------------------------------
  function inspect(value, depth, seen) {
    switch (typeof value) {
      case 'string': return depth === 0 ? value : JSON.stringify(value);
      case 'function': return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
      case 'symbol': case 'bigint': case 'number': case 'boolean': case 'undefined': return String(value);
    }
    if (value === null) return 'null';
    if (value instanceof Error) return value.stack || `${value.name}: ${value.message}`;
    if (seen.includes(value)) return '[Circular]';
    if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
    seen.push(value);
    try {
      if (Array.isArray(value)) {
        return `[ ${value.map((v) => inspect(v, depth + 1, seen)).join(', ')} ]`.replace('[  ]', '[]');
      }
      const body = Object.keys(value).map((k) => `${k}: ${inspect(value[k], depth + 1, seen)}`).join(', ');
      return body.length ? `{ ${body} }` : '{}';
    } finally {
      seen.pop();
    }
  }

  // Node's util.format subset: %s %d %i %f %j %o %O %%.
  function format(args) {
    let out = '';
    let i = 0;
    if (typeof args[0] === 'string' && args[0].includes('%')) {
      const fmt = args[0];
      i = 1;
      for (let p = 0; p < fmt.length; p++) {
        const c = fmt[p];
        if (c !== '%' || p + 1 === fmt.length) { out += c; continue; }
        const t = fmt[++p];
        if (t === '%') { out += '%'; continue; }
        if (i >= args.length || !'sdifjoO'.includes(t)) { out += '%' + t; continue; }
        const a = args[i++];
        switch (t) {
          case 's': out += typeof a === 'string' ? a : inspect(a, 1, []); break;
          case 'd': case 'i': out += String(t === 'i' ? Math.trunc(Number(a)) : Number(a)); break;
          case 'f': out += String(parseFloat(a)); break;
          case 'j': try { out += JSON.stringify(a); } catch (e) { out += '[Circular]'; } break;
          default: out += inspect(a, 1, []);
        }
      }
    }
    for (; i < args.length; i++) out += (out.length ? ' ' : '') + inspect(args[i], 0, []);
    return out;
  }

  const counts = new Map();
  const timers = new Map();
  const console = {};
  [['debug', 0], ['log', 1], ['info', 2], ['warn', 3], ['error', 4]].forEach(([name, level]) => {
    console[name] = (...args) => host.log(level, format(args));
  });
  console.trace = (...args) => host.log(1, `Trace: ${format(args)}\n${(new Error().stack || '').split('\n').slice(2).join('\n')}`);
  console.assert = (condition, ...args) => { if (!condition) host.log(4, `Assertion failed${args.length ? ': ' + format(args) : ''}`); };
  console.count = (label = 'default') => { const n = (counts.get(label) || 0) + 1; counts.set(label, n); host.log(1, `${label}: ${n}`); };
  console.time = (label = 'default') => { timers.set(label, host.now()); };
  console.timeEnd = (label = 'default') => {
    if (timers.has(label)) { host.log(1, `${label}: ${(host.now() - timers.get(label)).toFixed(3)}ms`); timers.delete(label); }
  };
  console.dir = (value) => host.log(1, inspect(value, 0, []));
  console.table = console.log;
  g.console = console;

  // ---- timers -------------------------------------------------------------------------------
  const pending = new Map();
  let nextTimerId = 1;
  function schedule(callback, delay, args, repeat) {
    if (typeof callback !== 'function') throw new TypeError('The timer callback must be a function.');
    const id = nextTimerId++;
    let ms = Number(delay);
    if (!(ms >= 0) || !Number.isFinite(ms)) ms = 0;
    pending.set(id, { callback, args, repeat });
    host.timerStart(id, ms, repeat);
    return id;
  }
  function clear(id) {
    if (pending.delete(id)) host.timerClear(id);
  }
  g.setTimeout = (callback, delay, ...args) => schedule(callback, delay, args, false);
  g.setInterval = (callback, delay, ...args) => schedule(callback, delay, args, true);
  g.clearTimeout = clear;
  g.clearInterval = clear;
  g.queueMicrotask = (callback) => {
    if (typeof callback !== 'function') throw new TypeError('queueMicrotask needs a function.');
    Promise.resolve().then(() => callback());
  };

  // ---- Date under a virtual clock -----------------------------------------------------------
  if (host.virtualTime) {
    const RealDate = Date;
    const VirtualDate = function Date(...args) {
      if (!new.target) return new RealDate(host.now()).toString();
      return args.length === 0 ? new RealDate(host.now()) : new RealDate(...args);
    };
    VirtualDate.prototype = RealDate.prototype;
    VirtualDate.now = () => host.now();
    VirtualDate.parse = RealDate.parse;
    VirtualDate.UTC = RealDate.UTC;
    Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
    g.Date = VirtualDate;
  }

  // ---- require (CommonJS, as Node: cached before running, so cycles see partial exports) ---
  const modules = new Map();
  function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash <= 0 ? '/' : path.slice(0, slash);
  }
  function makeRequire(from) {
    const require = function require(specifier) {
      if (typeof specifier !== 'string') throw new TypeError('require() needs a string module path.');
      if (!host.resolve) throw new Error('require() is not available: this runtime has no module root.');
      const filename = host.resolve(from, specifier);
      const cached = modules.get(filename);
      if (cached) return cached.exports;
      const module = { id: filename, filename, exports: {}, loaded: false, children: [] };
      modules.set(filename, module);
      let ok = false;
      try {
        const loaded = host.load(filename);
        if (typeof loaded === 'string') {
          module.exports = JSON.parse(loaded);
        } else {
          loaded.call(module.exports, module.exports, makeRequire(filename), module, filename, dirname(filename));
        }
        ok = true;
      } finally {
        if (!ok) modules.delete(filename);
      }
      module.loaded = true;
      return module.exports;
    };
    require.resolve = (specifier) => host.resolve(from, specifier);
    return require;
  }
  g.require = makeRequire('/');

  return function fireTimer(id) {
    const timer = pending.get(id);
    if (!timer) return;
    if (!timer.repeat) pending.delete(id);
    timer.callback.apply(undefined, timer.args);
  };
})(globalThis)
