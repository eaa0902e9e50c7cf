// Sparrow's base library entry: the classic script the C# MiniProgramRuntime runs after the
// prelude. Like the prelude it captures its host functions from reserved global names and
// deletes them. Framework modules (glass-easel, its adapter, the template compiler and lib/*.js)
// load through their own small CommonJS registry, because the package's `require` is confined
// to the package root and glass-easel is not inside it; the adapter's `require('glass-easel')`
// is answered from this registry. The script defines `__sparrowHost`, the surface the C# host
// calls; it evaluates to nothing.
(function (g) {
  'use strict';
  const host = {
    load: g.__sparrow_mp_load,
    reportError: g.__sparrow_mp_error,
    storage: g.__sparrow_mp_storage,
    syntaxError: g.__sparrow_mp_syntax,
    capability: g.__sparrow_mp_capability,
    request: g.__sparrow_mp_request,
    abortRequest: g.__sparrow_mp_request_abort,
    fs: g.__sparrow_mp_fs,
    // Defined only when the host wants page events (or the op stream): (kind, id, route).
    pageEvent: g.__sparrow_mp_page,
    // Defined only when the host has a render side that answers requests: (page, id, kind, json).
    render: g.__sparrow_mp_render,
    // The prelude's require, confined to the package root: how page and component JS is run.
    requirePackage: g.require,
  };
  for (const name of ['__sparrow_mp_load', '__sparrow_mp_error', '__sparrow_mp_storage', '__sparrow_mp_syntax',
    '__sparrow_mp_capability', '__sparrow_mp_request', '__sparrow_mp_request_abort', '__sparrow_mp_fs', '__sparrow_mp_page', '__sparrow_mp_render']) delete g[name];

  // glass-easel's own frames fill V8's default 10-frame stacks; diagnostics need the app frame
  // beneath them (the first frame outside the framework is where an error is reported).
  Error.stackTraceLimit = 64;

  // Bare names the framework knows, and the file each resolves to inside the framework folder.
  const packages = {
    'glass-easel': 'node_modules/glass-easel/dist/glass_easel.all.js',
    'glass-easel-miniprogram-adapter': 'node_modules/glass-easel-miniprogram-adapter/dist/glass_easel_miniprogram_adapter.js',
    'glass-easel-template-compiler': 'node_modules/glass-easel-template-compiler/pkg/main.js',
  };
  const modules = new Map();

  function resolve(from, specifier) {
    if (Object.prototype.hasOwnProperty.call(packages, specifier)) return packages[specifier];
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
      throw new Error(`Cannot find framework module '${specifier}' from '${from}'.`);
    }
    const parts = from.split('/').slice(0, -1);
    for (const segment of specifier.split('/')) {
      if (segment === '.' || segment === '') continue;
      if (segment === '..') parts.pop(); else parts.push(segment);
    }
    return parts.join('/');
  }

  function makeRequire(from) {
    return function frameworkRequire(specifier) {
      const path = resolve(from, specifier);
      const cached = modules.get(path);
      if (cached) return cached.exports;
      const module = { id: path, exports: {} };
      modules.set(path, module);
      let ok = false;
      try {
        // The host compiles the file (with code cache) wrapped as a CommonJS function.
        host.load(path).call(module.exports, module.exports, makeRequire(path), module, path, '');
        ok = true;
      } finally {
        if (!ok) modules.delete(path);
      }
      return module.exports;
    };
  }
  const frameworkRequire = makeRequire('lib/boot.js');

  // On a virtual clock a run must repeat exactly, but the adapter draws component id prefixes
  // and style scope names from Math.random: make it a seeded generator (mulberry32) there, as
  // the prelude makes Date virtual. Real-clock runs keep V8's generator.
  function seedRandom() {
    let state = 0x5eed5eed;
    Math.random = function random() {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  let runtime = null;
  const control = {
    /** The WXML compiler runs here, and only on a compile-cache miss (it is 2.8 MB of JS+WASM). */
    compileTemplates(inputs) {
      return frameworkRequire('./compile-templates.js').compileTemplates(frameworkRequire, host, inputs);
    },
    start(config) {
      if (config.deterministic) seedRandom();
      const { Runtime } = frameworkRequire('./runtime.js');
      runtime = new Runtime(frameworkRequire, host, config);
      runtime.installGlobals(g);
    },
    installTemplates(groups) { runtime.installTemplates(groups); },
    launch() { runtime.launch(); },
    appHide() { runtime.appHide(); },
    appShow() { runtime.appShow(); },
    pageEvent(name, arg) { return runtime.pageEvent(name, arg); },
    /** An input event at a node of the current page (by sink handle); false when nothing took it. */
    dispatchEvent(handle, type, detail) {
      const page = runtime.router.current;
      return !!page && page.context.dispatchEvent(handle, type, detail || {});
    },
    /**
     * A touch the render thread hit-tested to `handle`, in one crossing: `touch` is
     * {timeStamp, detail, touches, changedTouches, offsets} (docs/input-script.md).
     */
    dispatchTouch(handle, type, touch) {
      const page = runtime.router.current;
      return !!page && page.context.dispatchEvent(handle, type, touch.detail || {}, touch);
    },
    /** The outcome (or, kind 'headers', a step) of an async host call (wx.login, wx.request, …). */
    settle(id, ok, payload, kind) { if (runtime) runtime.hostCalls.settle(id, ok, payload, kind); },
    /** The render side's answer to request `id` (docs/queries.md); `done` false keeps it open (observers). */
    renderAnswer(id, payload, done) { if (runtime) runtime.hostCalls.settle(id, true, payload, done === false ? 'step' : 'done'); },
    /** onPageScroll / onReachBottom of the open page `id`, posted by the render thread. */
    pageHook(id, name, arg) { return runtime.pageHook(id, name, arg); },
    dumpTree() { return JSON.stringify(runtime.dumpTree()); },
    hookLog() { return JSON.stringify(runtime.hookLog); },
    currentRoutes() { return JSON.stringify(runtime.router.stack.map((p) => p.route)); },
    /** The current page's recording sink (the recording half of a tee), else its sink; null without a page. */
    currentSink() {
      const page = runtime.router.current;
      return page ? page.recording || page.sink : null;
    },
    /** The recording sink of the open page with this id (`__wxWebviewId__`), or null. */
    pageSink(id) { return runtime.recordingOf(id); },
    /** Replaces the sink each newly opened page gets (e.g. the binary op writer). */
    useSinkFactory(factory) { runtime.sinkFactory = factory; },
    /** The framework files loaded so far (a warm start never loads the template compiler). */
    loadedModules() { return JSON.stringify(Array.from(modules.keys())); },
    require: frameworkRequire,
  };
  Object.defineProperty(g, '__sparrowHost', { value: control, enumerable: false, configurable: false, writable: false });
})(globalThis);
