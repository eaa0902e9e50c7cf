// The base library's core: one glass-easel environment and main code space for the package,
// template installation, lazy registration of pages and components (a page's JS, and that of
// every component it uses, runs when the page is first opened), App()/getApp(), error routing
// to App.onError and to the host's diagnostics, and the control surface the C# host calls.
'use strict';

const { PageHost } = require('./page-host.js');
const { Router } = require('./router.js');
const { RecordingSink, toWcc } = require('./recording-sink.js');
const { createWx } = require('./wx/index.js');
const { registerBuiltins, flattenParts } = require('./builtins/index.js');
const { createHostCalls } = require('./wx/host-calls.js');
const { RenderChannel, pageOf } = require('./render-channel.js');
const { SelectorQuery } = require('./query.js');
const { IntersectionObserver } = require('./intersection.js');

// glass-easel hands a dataset entry (`data-*`) to the backend only in shadow mode; in composed
// mode it stays in JS. The renderer needs it ([data-*] selectors; it is in the tree wcc shows), so
// forward it too. Idempotent: one glass-easel serves every runtime of a context.
function forwardDataset(glassEasel) {
  const proto = glassEasel.Element.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, '__sparrowForwardsDataset')) return;
  const original = proto.setDataset;
  proto.setDataset = function setDataset(name, value) {
    original.call(this, name, value);
    const backend = this._$backendElement;
    if (backend && this.getBackendMode() === glassEasel.BackendMode.Composed && typeof backend.setDataset === 'function') {
      backend.setDataset(name, value);
    }
  };
  Object.defineProperty(proto, '__sparrowForwardsDataset', { value: true });
}

// The adapter gives every component and page caller createSelectorQuery and
// createIntersectionObserver that ask glass-easel elements one node at a time; ours resolve
// selectors the same way but ask the render side once per exec (query.js, intersection.js). The
// runtime is found through the caller's page (its backend context). Idempotent.
function installQueries(adapter) {
  const proto = adapter.component.ComponentCaller.prototype;
  if (Object.prototype.hasOwnProperty.call(proto, '__sparrowQueries')) return;
  proto.createSelectorQuery = function createSelectorQuery() {
    const page = pageOf(this);
    return new SelectorQuery(page ? page.runtime : null, this);
  };
  proto.createIntersectionObserver = function createIntersectionObserver(options) {
    const page = pageOf(this);
    return new IntersectionObserver(page ? page.runtime : null, this, options);
  };
  Object.defineProperty(proto, '__sparrowQueries', { value: true });
}

// The values of the host's PageEventKind (C# Sparrow.Script.MiniProgram), by name.
const PAGE_EVENTS = { opened: 0, shown: 1, hidden: 2, closed: 3 };

// WeChat's built-in behaviors, which definitions name by URL (`behaviors: ['wx://form-field']`,
// as @vant/weapp and tdesign-miniprogram do); the mini-program adapter only accepts behavior
// objects, so the base library maps the names (see resolveBehaviors). What they do (a field's
// name/value for <form>, a button's form-type, what selectComponent returns) belongs to the
// built-in components on the render side; here they exist so definitions that list them load.
const BUILTIN_BEHAVIORS = ['wx://form-field', 'wx://form-field-group', 'wx://form-field-button', 'wx://component-export', 'wx://proxy-scroll-view'];

class Runtime {
  constructor(frameworkRequire, host, config) {
    this.glassEasel = frameworkRequire('glass-easel');
    this.adapter = frameworkRequire('glass-easel-miniprogram-adapter');
    // Ids reach the renderer (for #id selectors and the tree dump); glass-easel keeps them in JS only by default.
    this.glassEasel.globalOptions.writeIdToDOM = true;
    // glass-easel would also mirror every property onto the element as a field; WeChat does not,
    // and a property named like an element field (vant's button has `dataset`) then breaks the
    // element's own initialisation. Component code reaches its fields through `this` (the method
    // caller), not the element.
    this.glassEasel.globalOptions.writeFieldsToNode = false;
    forwardDataset(this.glassEasel);
    installQueries(this.adapter);
    this.frameworkRequire = frameworkRequire;
    this.host = host;
    this.config = config;
    this.window = config.window;
    this.env = new this.adapter.MiniProgramEnv();
    this.codeSpace = this.env.createCodeSpace('', true);
    registerBuiltins(this.codeSpace); // <checkbox>, <switch>, <slider>, … (builtins/index.js)
    this.pages = new Map(config.pages.map((p) => [p.route, p]));
    this.components = new Map(config.components.map((c) => [c.path, c]));
    this.tabRoutes = new Set(config.tabBar);
    this.registered = new Set();
    this.router = new Router(this);
    this.app = null;
    this.appDefinition = null;
    this.hookLog = [];
    // Async host calls (capabilities, requests, render answers) settle through __sparrowHost.settle / renderAnswer.
    this.hostCalls = createHostCalls();
    this.render = new RenderChannel(config.renderRequests ? host.render : undefined, this.hostCalls);
    // wx.onAppShow / onAppHide / onError / onPageNotFound listeners, called after the App hook.
    this.appListeners = { onShow: [], onHide: [], onError: [], onPageNotFound: [] };
    this.nextPageId = 1;
    // Each page's sink: a recording sink, and, when the host takes the op stream, the page's own
    // connection of it too (config.opStream: the host installed `__sparrow_ops` before start).
    if (config.opStream) {
      const { OpWriter } = require('../backend/op-writer.js');
      const { TeeSink } = require('./tee-sink.js');
      const ops = globalThis.__sparrow_ops;
      this.sinkFactory = (route, id) => new TeeSink(new RecordingSink(), OpWriter.forPage(ops, id));
    } else {
      this.sinkFactory = () => new RecordingSink();
    }
    // Each WXSS file, by the path it styles, before anything is registered: the adapter names a
    // component's style scope after it and appends the sheets when a page root is created
    // (app.wxss with the shared scope). The renderer resolves the path to the file itself.
    if (config.appWxss) this.codeSpace.addStyleSheet('app', '/app.wxss');
    this.reportError = this.reportError.bind(this);
    this.glassEasel.addGlobalErrorListener((error, method) => {
      this.reportError(error, method);
      return false; // handled: glass-easel need not print it too
    });
    // glass-easel's warnings are about the package (an unknown component, a string as a wx:for
    // list, …): they become warning diagnostics naming the component, not console noise.
    this.glassEasel.addGlobalWarningListener((message, component) => {
      const where = component && typeof component === 'object' ? component.is : String(component || '');
      this.host.reportError(String(message), '', where, true);
      return false;
    });
  }

  trace(entry) {
    if (this.hookLog.length < 10000) this.hookLog.push(entry);
  }

  /**
   * A JS error in user code: a located diagnostic for the host, then App.onError (with the
   * message and stack, as WeChat passes them). The page and the app keep running.
   */
  reportError(error, where) {
    const message = error && error.message !== undefined ? `${error.name || 'Error'}: ${error.message}` : String(error);
    const stack = error && typeof error.stack === 'string' ? error.stack : '';
    this.host.reportError(message, stack, where ? String(where) : '');
    const onError = this.appDefinition && this.appDefinition.onError;
    const handlers = (typeof onError === 'function' ? [onError] : []).concat(this.appListeners.onError);
    if (handlers.length === 0 || this._inOnError) return;
    this._inOnError = true;
    try {
      for (const handler of handlers) {
        try {
          handler.call(this.app, stack || message);
        } catch (e) {
          // An error in an error handler is reported, never handed back to the handlers.
          this.host.reportError(`In App.onError: ${e && e.message}`, (e && e.stack) || '', 'App.onError');
        }
      }
    } finally {
      this._inOnError = false;
    }
  }

  /** Compiled template groups (the evaluated output of the WXML compiler) for every path. */
  installTemplates(groups) {
    for (const path of Object.keys(groups)) {
      // fallbackListenerOnNativeNode: mini programs write `bindtap="f"` on native nodes (the legacy
      // form of `bind:tap`); without it glass-easel sets it as an attribute and binds nothing.
      this.codeSpace.addCompiledTemplate(path, { groupList: groups, content: groups[path], fallbackListenerOnNativeNode: true });
    }
  }

  installGlobals(g) {
    const self = this;
    g.App = function App(definition) { self.defineApp(definition || {}); };
    g.getApp = function getApp() { return self.app; };
    // WeChat's app service has a `global` object shared by all modules (libraries feature-test
    // it, e.g. `global.btoa`); it is a plain object, not the global scope.
    if (!Object.prototype.hasOwnProperty.call(g, 'global')) g.global = {};
    // WXS has no RegExp or Date literals of its own; it gets them from these two built-ins. WXS
    // modules run in this context, so they are globals here.
    if (typeof g.getRegExp !== 'function') g.getRegExp = (pattern, flags) => new RegExp(pattern, flags);
    if (typeof g.getDate !== 'function') g.getDate = (...args) => new Date(...args);
    g.getCurrentPages = function getCurrentPages() { return self.router.stack.map((p) => p.caller); };
    // Behavior() works anywhere (shared modules define behaviors); Page() and Component() only
    // while a page's or component's own JS is running, which is when they are replaced below.
    g.Behavior = function Behavior(definition) {
      return self.codeSpace.behavior().definition(self.resolveBehaviors(definition || {})).register();
    };
    g.Page = function Page() { throw new Error('Page() may only be called in a page\'s own JS file.'); };
    g.Component = function Component() { throw new Error('Component() may only be called in a component\'s or page\'s own JS file.'); };
    g.wx = createWx(this);
    // Errors thrown by timer callbacks in app code reach App.onError as in WeChat (the prelude
    // alone would only report them to the host).
    for (const name of ['setTimeout', 'setInterval']) {
      const schedule = g[name];
      g[name] = function (callback, delay, ...args) {
        if (typeof callback !== 'function') return schedule(callback, delay, ...args);
        return schedule(function () {
          try {
            return callback.apply(this, arguments);
          } catch (e) {
            self.reportError(e, name);
            return undefined;
          }
        }, delay, ...args);
      };
    }
    g.__wxConfig = this.config.app || {};
  }

  defineApp(definition) {
    if (this.app) throw new Error('App() may only be called once.');
    this.appDefinition = definition;
    // The app instance is the definition itself (its methods and fields), with globalData.
    this.app = definition;
    if (this.app.globalData === undefined) this.app.globalData = {};
  }

  callAppHook(name, args) {
    const hook = this.appDefinition && this.appDefinition[name];
    const listeners = this.appListeners[name] || [];
    const handlers = (typeof hook === 'function' ? [hook] : []).concat(listeners);
    if (handlers.length > 0) this.trace(`App.${name}`);
    for (const handler of handlers) {
      try {
        handler.apply(this.app, args || []);
      } catch (e) {
        this.reportError(e, `App.${name}`);
      }
    }
  }

  /** wx.onAppShow and friends: `name` is the App hook the listener follows. */
  listen(name, listener, add) {
    const list = this.appListeners[name];
    if (typeof listener !== 'function') return;
    const at = list.indexOf(listener);
    if (add && at < 0) list.push(listener);
    if (!add && at >= 0) list.splice(at, 1);
  }

  /**
   * A definition whose `behaviors` name built-in behaviors by URL gets the behavior objects
   * instead; an unknown URL is dropped with a warning (WeChat fails the same way, more loudly).
   */
  resolveBehaviors(definition) {
    const list = definition.behaviors;
    if (!Array.isArray(list) || !list.some((b) => typeof b === 'string')) return definition;
    if (!this.builtinBehaviors) {
      this.builtinBehaviors = new Map(BUILTIN_BEHAVIORS.map((url) => [url, this.codeSpace.behavior().definition({}).register()]));
    }
    const behaviors = [];
    for (const b of list) {
      if (typeof b !== 'string') behaviors.push(b);
      else if (this.builtinBehaviors.has(b)) behaviors.push(this.builtinBehaviors.get(b));
      else this.reportError(new Error(`behavior "${b}" is not a built-in behavior; it was ignored`), 'Behavior');
    }
    return Object.assign({}, definition, { behaviors });
  }

  /** Runs `path.js` with Page/Component/Behavior bound to that path's registration. */
  runComponentJs(path, kind) {
    let defined = false;
    this.codeSpace.componentEnv(path, ({ Page, Component }) => {
      const g = globalThis;
      const saved = [g.Page, g.Component];
      g.Page = (def) => { defined = true; return Page(this.resolveBehaviors(def || {})); };
      g.Component = (def) => { defined = true; return Component(this.resolveBehaviors(def || {})); };
      try {
        this.host.requirePackage('/' + path + '.js');
      } catch (e) {
        this.reportError(e, `${path}.js`);
      } finally {
        [g.Page, g.Component] = saved;
      }
      if (!defined) {
        // No registration (missing JS, or it threw first): register an empty one so the
        // template still renders, as WeChat renders a page whose logic failed.
        if (kind === 'page') Page({}); else Component({});
      }
    });
  }

  /** Registers a component or page and, first, every component it uses. */
  register(path, entry, kind) {
    if (this.registered.has(path)) return;
    this.registered.add(path);
    if (entry.hasWxss) this.codeSpace.addStyleSheet(path, `/${path}.wxss`, path);
    const using = {};
    for (const [name, target] of Object.entries(entry.usingComponents || {})) {
      using[name] = '/' + target;
      const dep = this.components.get(target);
      if (dep) this.register(target, dep, 'component');
    }
    const config = Object.assign({}, entry.config || {}, { usingComponents: using });
    if (kind === 'component') config.component = true;
    this.codeSpace.addComponentStaticConfig(path, config);
    if (entry.hasJs) this.runComponentJs(path, kind);
    else this.codeSpace.componentEnv(path, ({ Page, Component }) => (kind === 'page' ? Page({}) : Component({})));
  }

  createPage(route, query) {
    const entry = this.pages.get(route);
    this.register(route, entry, 'page');
    const id = this.nextPageId++;
    return new PageHost(this, id, route, query, this.sinkFactory(route, id));
  }

  /** Tells the host a page was opened, shown, hidden or closed (when it asked to know). */
  notifyPage(kind, page) {
    if (this.config.pageEvents) this.host.pageEvent(PAGE_EVENTS[kind], page.id, page.route);
  }

  /** The recording sink of an open page (stack or kept tab page) by id, or null. */
  recordingOf(id) {
    const page = this.router.stack.find((p) => p.id === id) || Array.from(this.router.tabPages.values()).find((p) => p.id === id);
    return page ? page.recording : null;
  }

  /** Runs app.js, then App.onLaunch and onShow, then opens the entry page. */
  launch() {
    if (this.config.hasAppJs) {
      try {
        this.host.requirePackage('/app.js');
      } catch (e) {
        this.reportError(e, 'app.js');
      }
    }
    if (!this.app) this.defineApp({});
    const launch = this.config.launch;
    const options = { path: launch.path, query: Object.assign({}, launch.query), scene: launch.scene, referrerInfo: {}, forwardMaterials: [], apiCategory: 'default' };
    this.launchOptions = options;
    this.callAppHook('onLaunch', [Object.assign({}, options)]);
    this.callAppHook('onShow', [Object.assign({}, options)]);
    let route = launch.path;
    if (!this.pages.has(route)) {
      this.callAppHook('onPageNotFound', [{ path: route, query: Object.assign({}, launch.query), isEntryPage: true }]);
      route = this.config.entry;
      if (!this.pages.has(route)) return;
    }
    try {
      this.router.launch(route, launch.query);
    } catch (e) {
      // glass-easel threw while building the page (e.g. a template expression failed): the
      // app stays up with no page, and the problem is reported like any script error.
      this.reportError(e, `opening ${route}`);
    }
  }

  /** The host sends the app to the background (page onHide, then App.onHide) or back. */
  appHide() {
    if (this.router.current) this.router.current.hide();
    this.callAppHook('onHide');
  }

  appShow() {
    this.callAppHook('onShow', [Object.assign({}, this.launchOptions)]);
    if (this.router.current) this.router.current.show();
  }

  /** Host-triggered page hooks: onPullDownRefresh, onReachBottom, onPageScroll, onResize, … */
  pageEvent(name, arg) {
    const page = this.router.current;
    if (!page) return undefined;
    if (name === 'onResize') page.pageLifetime('resize', [arg]);
    const result = page.callHook(name, arg === undefined ? [] : [arg]);
    return result === undefined ? null : result;
  }

  /**
   * onPageScroll / onReachBottom posted by the render thread for page `id`: called only while
   * that page is open and shown (a scroll that raced a navigation is dropped).
   */
  pageHook(id, name, arg) {
    const page = this.router.current;
    if (!page || page.id !== id || page.state !== 'shown') return null;
    page.callHook(name, arg === undefined ? [] : [arg]);
    return null;
  }

  /**
   * Tells the render side which scroll events page `page` wants: onPageScroll only when its JS
   * defines it (WeChat sends none otherwise), onReachBottom likewise, with the distance from the
   * page's json, else app.json's window, else 50 px.
   */
  sendPageConfig(page) {
    const caller = page.caller;
    const entry = this.pages.get(page.route);
    const own = entry && entry.config ? entry.config.onReachBottomDistance : undefined;
    const appWindow = this.config.app && this.config.app.window ? this.config.app.window.onReachBottomDistance : undefined;
    const distance = [own, appWindow].find((d) => typeof d === 'number' && d >= 0);
    this.render.request(page.id, 'pageConfig', {
      pageScroll: typeof caller.onPageScroll === 'function',
      reachBottom: typeof caller.onReachBottom === 'function',
      reachBottomDistance: distance === undefined ? 50 : distance,
    });
  }

  /** wx.createSelectorQuery: a query on the current page. */
  createSelectorQuery() {
    const page = this.router.current;
    return new SelectorQuery(this, page ? page.caller : null);
  }

  /** wx.createIntersectionObserver(component, options). */
  createIntersectionObserver(component, options) {
    const page = this.router.current;
    return new IntersectionObserver(this, component || (page ? page.caller : null), options);
  }

  /** The current page's tree in wcc's shape (see recording-sink.js), or null. */
  dumpTree() {
    const page = this.router.current;
    if (!page || !page.recording) return null;
    const top = page.recording.root.children[0];
    return top ? flattenParts(toWcc(top)) : null;
  }
}

module.exports = { Runtime };
