// The `wx` object: routing (router.js), system information, storage, nextTick, canIUse, request,
// the file system manager, the host's capabilities (login, payment, …) and the app shell's APIs
// (toasts, dialogs, navigation bar, tabBar: ui.js, navigation-bar.js, tab-bar.js).
// Synchronous forms throw `Error("<name>:fail <reason>")`; asynchronous forms take
// success/fail/complete or return a Promise (callback.js).
'use strict';

const { invoke, invokeHost, syncApi, fail } = require('./callback.js');
const system = require('./system.js');
const { createStorage } = require('./storage.js');
const { createHostCalls } = require('./host-calls.js');
const { createCapabilities } = require('./capabilities.js');
const { createRequest } = require('./request.js');
const { createFileSystemManager, USER_DATA_PATH } = require('./file-system.js');
const { handleOf } = require('../render-channel.js');
const { createPullDown } = require('./pull-down.js');
const { createShellWindow } = require('./shell-window.js');
const { createUi } = require('./ui.js');
const { createNavigationBar } = require('./navigation-bar.js');
const { createTabBar } = require('./tab-bar.js');
const { createEnvironment } = require('./environment.js');
const { createMiniProgramNavigation } = require('./mini-program-navigation.js');

function createWx(runtime) {
  const config = runtime.config;
  const s = config.system;
  // With the shell drawn, windowHeight is the page's: the screen less the bars (shell-window.js).
  const shellWindow = createShellWindow(runtime);
  const report = runtime.reportError;
  const storage = createStorage(runtime.host.storage);
  const router = runtime.router;
  // Async host calls (capabilities, requests) settle through __sparrowHost.settle → runtime.hostCalls.
  const hostCalls = runtime.hostCalls || (runtime.hostCalls = createHostCalls());
  const pageScrollTo = (o) => invokeHost('pageScrollTo', o, (options, finish) => {
    const page = router.current;
    if (!page) throw fail('no page is open');
    const operands = { duration: typeof options.duration === 'number' && options.duration >= 0 ? options.duration : 300 };
    if (typeof options.selector === 'string' && options.selector.length > 0) {
      const node = page.component.getShadowRoot().querySelector(options.selector);
      if (!node) throw fail(`selector ${options.selector} matches no node`);
      operands.handle = handleOf(node);
      operands.offsetTop = Number(options.offsetTop) || 0;
    } else if (typeof options.scrollTop === 'number') {
      operands.scrollTop = options.scrollTop;
    } else {
      throw fail('scrollTop or selector is required');
    }
    if (!runtime.render.enabled) { setTimeout(() => finish(true, {}), 0); return; }
    runtime.render.request(page.id, 'scrollTo', operands, () => finish(true, {}));
  }, report);
  let fileSystemManager = null;

  const wx = {
    // ---- routing ----
    navigateTo: (o) => router.navigateTo(o),
    redirectTo: (o) => router.redirectTo(o),
    navigateBack: (o) => router.navigateBack(o || {}),
    switchTab: (o) => router.switchTab(o),
    reLaunch: (o) => router.reLaunch(o),

    // ---- base ----
    nextTick: (callback) => { Promise.resolve().then(() => { try { callback(); } catch (e) { report(e); } }); },
    getSystemInfoSync: () => system.systemInfo(s, shellWindow.current()),
    getSystemInfo: (o) => invoke('getSystemInfo', o, () => system.systemInfo(s, shellWindow.current()), report),
    getSystemInfoAsync: (o) => invoke('getSystemInfoAsync', o, () => system.systemInfo(s, shellWindow.current()), report),
    getWindowInfo: () => system.windowInfo(shellWindow.current()),
    getDeviceInfo: () => system.deviceInfo(s),
    getAppBaseInfo: () => system.appBaseInfo(s, shellWindow.current()),
    getLaunchOptionsSync: () => JSON.parse(JSON.stringify(runtime.launchOptions || {})),
    getEnterOptionsSync: () => JSON.parse(JSON.stringify(runtime.launchOptions || {})),
    getAccountInfoSync: () => ({ miniProgram: { appId: s.appId, envVersion: 'develop', version: '' }, plugin: {} }),
    canIUse: (schema) => {
      // "api.param.value" / "component.attribute": we answer for the API or component name.
      if (typeof schema !== 'string' || schema.length === 0) return false;
      const [head, member] = schema.split('.');
      if (head === 'FileSystemManager') return member === undefined || typeof wx.getFileSystemManager()[member] === 'function';
      if (head === 'RequestTask') return member === undefined || REQUEST_TASK.has(member);
      return typeof wx[head] === 'function' || BUILTIN_COMPONENTS.has(head);
    },

    // ---- page scrolling, node queries (render side: docs/queries.md) ----
    pageScrollTo,
    createSelectorQuery: () => runtime.createSelectorQuery(),
    createIntersectionObserver: (component, options) => runtime.createIntersectionObserver(component, options),

    // ---- app events ----
    onAppShow: (listener) => runtime.listen('onShow', listener, true),
    offAppShow: (listener) => runtime.listen('onShow', listener, false),
    onAppHide: (listener) => runtime.listen('onHide', listener, true),
    offAppHide: (listener) => runtime.listen('onHide', listener, false),
    onError: (listener) => runtime.listen('onError', listener, true),
    offError: (listener) => runtime.listen('onError', listener, false),
    onPageNotFound: (listener) => runtime.listen('onPageNotFound', listener, true),
    offPageNotFound: (listener) => runtime.listen('onPageNotFound', listener, false),

    // ---- storage ----
    setStorageSync: syncApi('setStorageSync', (key, data) => storage.set(key, data)),
    getStorageSync: syncApi('getStorageSync', (key) => {
      // A missing key reads as '' in the synchronous form (WeChat's behaviour).
      try { return storage.get(key); } catch (e) { if (e.wxReason === 'data not found') return ''; throw e; }
    }),
    removeStorageSync: syncApi('removeStorageSync', (key) => storage.remove(key)),
    clearStorageSync: syncApi('clearStorageSync', () => storage.clear()),
    getStorageInfoSync: syncApi('getStorageInfoSync', () => storage.info()),
    setStorage: (o) => invoke('setStorage', o, (x) => { storage.set(x.key, x.data); return {}; }, report),
    getStorage: (o) => invoke('getStorage', o, (x) => ({ data: storage.get(x.key) }), report),
    removeStorage: (o) => invoke('removeStorage', o, (x) => { storage.remove(x.key); return {}; }, report),
    clearStorage: (o) => invoke('clearStorage', o || {}, () => { storage.clear(); return {}; }, report),
    getStorageInfo: (o) => invoke('getStorageInfo', o, () => storage.info(), report),

    // ---- network, files ----
    request: createRequest(runtime.host, hostCalls, report),
    env: { USER_DATA_PATH },
    getFileSystemManager: () => fileSystemManager || (fileSystemManager = createFileSystemManager(runtime.host, report)),
  };
  // ---- what only the embedding app can do (login, payment, share, scan, user, images, phone, clipboard) ----
  Object.assign(wx, createCapabilities(runtime.host, hostCalls, report));
  // ---- leaving the mini program: another one, back, exit, a URL (the host answers) ----
  Object.assign(wx, createMiniProgramNavigation(runtime.host, hostCalls, report));
  // ---- theme and window changes the host makes after launch ----
  Object.assign(wx, createEnvironment(runtime, shellWindow, report));
  // ---- page pull-down refresh (the render side runs the gesture) ----
  Object.assign(wx, createPullDown(runtime, report));
  // ---- the app shell: toasts, dialogs, navigation bar, tabBar (docs/shell.md) ----
  Object.assign(wx, createUi(runtime, report), createNavigationBar(runtime, report), createTabBar(runtime, shellWindow, report));
  return wx;
}

const REQUEST_TASK = new Set(['abort', 'onHeadersReceived', 'offHeadersReceived']);

const BUILTIN_COMPONENTS = new Set(['view', 'text', 'image', 'block', 'slot', 'scroll-view', 'swiper', 'swiper-item',
  'button', 'input', 'textarea', 'icon', 'rich-text', 'progress', 'navigator', 'label', 'checkbox', 'radio', 'switch']);

module.exports = { createWx };
