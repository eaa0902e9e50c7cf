// The documented rules the lifecycle, routing and storage expectations are derived from: each
// names the WeChat documentation page it comes from and says the rule in our own words. The
// simulator (simulate.js) cites a rule id for every line it writes; an expectation lists the
// rules it used. Where the documents are silent, the simulator says so (an "anyOrder" group, or
// the case is left out) rather than guessing.
'use strict';

const DOCS = 'https://developers.weixin.qq.com/miniprogram/dev';

const RULES = {
  'app-launch': {
    url: `${DOCS}/reference/api/App.html`,
    rule: 'onLaunch runs once when the mini program has initialised; onShow runs when it starts or comes back to the foreground; onHide when it goes to the background.',
  },
  'page-lifecycle': {
    url: `${DOCS}/reference/api/Page.html`,
    rule: 'A page runs onLoad (with the query of the path that opened it) once, then onShow, then onReady once after its first render; onHide when hidden, onUnload when closed.',
  },
  'route-launch': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'Route table, "initialisation": the first page opened runs onLoad, onShow.',
  },
  'route-navigate-to': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'Route table, "open a new page" (wx.navigateTo): the page left runs onHide; the new page runs onLoad, onShow.',
  },
  'route-redirect-to': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'Route table, "redirect" (wx.redirectTo): the page left runs onUnload; the new page runs onLoad, onShow.',
  },
  'route-navigate-back': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'Route table, "go back" (wx.navigateBack): the pages left run onUnload; the page returned to runs onShow (not onLoad).',
  },
  'route-relaunch': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'Route table, "relaunch" (wx.reLaunch): the pages left run onUnload; the new page runs onLoad, onShow.',
  },
  'route-switch-tab': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'Tab switch table: to the current tab nothing happens; to a tab never opened: current tab onHide, then onLoad, onShow; to an open tab: onHide, then onShow; from pushed pages: each pushed page onUnload, top first, then the tab as above.',
  },
  'route-tab-only': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'navigateTo and redirectTo open only pages outside the tab bar; switchTab opens only tab bar pages; reLaunch opens any page.',
  },
  'route-query': {
    url: `${DOCS}/api/route/wx.navigateTo.html`,
    rule: 'The url may carry parameters after "?", as key=value pairs joined by "&"; the opened page gets them in onLoad. A relative path is resolved against the current page.',
  },
  'route-stack-limit': {
    url: `${DOCS}/api/route/wx.navigateTo.html`,
    rule: 'The page stack holds at most ten pages (a navigateTo that would make an eleventh cannot succeed).',
  },
  'route-back-delta': {
    url: `${DOCS}/api/route/wx.navigateBack.html`,
    rule: 'navigateBack returns delta pages; when delta is larger than the pages there are, it returns to the first page.',
  },
  'route-unknown-page': {
    url: `${DOCS}/framework/app-service/route.html`,
    rule: 'A route is executed only when it can be; otherwise the API calls fail (no page opens and the stack is unchanged).',
  },
  'route-event-channel': {
    url: `${DOCS}/api/route/wx.navigateTo.html`,
    rule: 'navigateTo\'s events object registers listeners for data the opened page sends through getOpenerEventChannel().emit.',
  },
  'api-callbacks': {
    url: `${DOCS}/framework/app-service/api.html`,
    rule: 'An asynchronous API takes success, fail and complete; complete runs when the call has ended, after success or fail; errMsg is "<api>:ok" on success and starts "<api>:fail" on failure (the reason text is not documented).',
  },
  'component-lifetimes': {
    url: `${DOCS}/framework/custom-component/lifetimes.html`,
    rule: 'A component runs created when made, attached when it enters the page tree, ready after its layout, detached when it leaves the tree (also when its page is closed while it is in it).',
  },
  'component-page-lifetimes': {
    url: `${DOCS}/framework/custom-component/lifetimes.html`,
    rule: 'pageLifetimes.show and hide run when the page the component is in is shown and hidden.',
  },
  'storage-sync-async': {
    url: `${DOCS}/api/storage/wx.setStorageSync.html`,
    rule: 'setStorage(Sync) stores data under key, replacing what was there; getStorage(Sync) returns it; the sync forms throw on failure.',
  },
  'storage-types': {
    url: `${DOCS}/api/storage/wx.setStorageSync.html`,
    rule: 'Only native types, Date and objects JSON.stringify can serialise are supported: they read back as they were stored.',
  },
  'storage-limits': {
    url: `${DOCS}/api/storage/wx.setStorageSync.html`,
    rule: 'One key holds at most 1 MB of data; all data of a mini program at most 10 MB.',
  },
  'storage-remove-clear': {
    url: `${DOCS}/api/storage/wx.removeStorage.html`,
    rule: 'removeStorage deletes one key; clearStorage deletes everything.',
  },
  'storage-info': {
    url: `${DOCS}/api/storage/wx.getStorageInfo.html`,
    rule: 'getStorageInfo returns keys (every key stored) and limitSize, the limit in KB (10 MB: 10240); currentSize\'s accounting is not documented and is not compared.',
  },
  'storage-persistence': {
    url: `${DOCS}/framework/ability/storage.html`,
    rule: 'Storage lives as long as the mini program: it is cleared only with the code package, so a restart keeps it.',
  },
  'silent-app-page-order': {
    url: `${DOCS}/reference/api/App.html`,
    rule: 'The documents do not say whether App.onHide comes before or after the page\'s onHide (nor App.onShow vs the page\'s onShow): those lines are an unordered group.',
  },
  'silent-unload-order': {
    url: `${DOCS}/api/route/wx.navigateBack.html`,
    rule: 'For navigateBack and reLaunch the documents do not order the onUnload of several pages: an unordered group.',
  },
  'silent-component-ready': {
    url: `${DOCS}/framework/custom-component/lifetimes.html`,
    rule: 'The documents do not order a component\'s ready against pageLifetimes.show at first display: an unordered group.',
  },
};

module.exports = { RULES };
