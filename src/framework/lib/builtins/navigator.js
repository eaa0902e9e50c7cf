// <navigator url open-type delta hover-class hover-start-time hover-stay-time
// hover-stop-propagation target>: a tap on it (bubbling up from anything inside, so a catchtap
// inside stops it, as in WeChat) routes as the matching wx API does: navigate → wx.navigateTo,
// redirect → redirectTo, switchTab, reLaunch, navigateBack with `delta`. `exit` (leave the mini
// program) and target="miniProgram" have nowhere to go outside WeChat and are ignored. The press
// state is the render side's (HoverTracker: navigator-hover, 50/600 ms).
'use strict';

const { defineBuiltin } = require('./define.js');

const template = `<slot/>`;

const text = { type: String, value: '' };

/** open-type → the wx routing API it calls. */
const ROUTES = {
  navigate: 'navigateTo',
  redirect: 'redirectTo',
  switchTab: 'switchTab',
  reLaunch: 'reLaunch',
  navigateBack: 'navigateBack',
};

const definition = defineBuiltin({
  properties: {
    target: { type: String, value: 'self' },
    url: text,
    openType: { type: String, value: 'navigate' },
    delta: { type: Number, value: 1 },
    appId: text,
    path: text,
    extraData: { type: Object, value: null },
    version: { type: String, value: 'release' },
    shortLink: text,
    hoverClass: { type: String, value: 'navigator-hover' },
    hoverStopPropagation: { type: Boolean, value: false },
    hoverStartTime: { type: Number, value: 50 },
    hoverStayTime: { type: Number, value: 600 },
    ariaLabel: text,
  },
  lifetimes: {
    created() {
      this._$.addListener('tap', () => this.__go());
    },
  },
  methods: {
    __go() {
      const { target, openType, url, delta } = this.data;
      const api = ROUTES[openType];
      if (target !== 'self' || !api) return; // exit, miniProgram targets: nothing to open here
      const wx = globalThis.wx;
      if (!wx || typeof wx[api] !== 'function') return;
      if (api === 'navigateBack') wx.navigateBack({ delta: Math.max(1, Number(delta) || 1) });
      else if (url) wx[api]({ url });
    },
  },
});

module.exports = { tag: 'navigator', template, definition };
