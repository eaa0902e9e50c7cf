// <swiper indicator-dots indicator-color indicator-active-color current autoplay interval duration
// circular vertical …>: the sliding itself is native (Sparrow.Components Swiper on the render
// thread reads the reflected attributes and moves the swiper-item children); this component adds
// what WeChat draws over the items: the indicator dots, one 8 px dot per swiper-item, the current
// one in indicator-active-color. The current item follows the `current` property and the change
// events the native side raises on this host (a drag, autoplay).
'use strict';

const glassEasel = require('glass-easel');
const { defineBuiltin } = require('./define.js');

const template = `<slot/><builtin-part wx:if="{{indicatorDots}}" class="wx-swiper-dots {{vertical ? 'wx-swiper-dots-vertical' : 'wx-swiper-dots-horizontal'}}"><builtin-part wx:for="{{dots}}" wx:key="*this" class="wx-swiper-dot" style="background-color: {{item === active ? indicatorActiveColor : indicatorColor}}"/></builtin-part>`;

const flag = { type: Boolean, value: false };

/** The swiper-item elements in the light tree of `host` (through wx:for / wx:if blocks, not inside items). */
function countItems(node) {
  let count = 0;
  for (const child of node.childNodes || []) {
    if (child.is === 'swiper-item' || child.tagName === 'swiper-item') count++;
    else if (!child.tagName || child.tagName === 'virtual') count += countItems(child);
  }
  return count;
}

const definition = defineBuiltin({
  properties: {
    indicatorDots: flag,
    indicatorColor: { type: String, value: 'rgba(0, 0, 0, .3)' },
    indicatorActiveColor: { type: String, value: '#000000' },
    autoplay: flag,
    current: { type: Number, value: 0, observer(value) { this.__show(value); } },
    currentItemId: { type: String, value: '' },
    interval: { type: Number, value: 5000 },
    duration: { type: Number, value: 500 },
    circular: flag,
    vertical: flag,
    previousMargin: { type: String, value: '0px' },
    nextMargin: { type: String, value: '0px' },
    snapToEdge: flag,
    displayMultipleItems: { type: Number, value: 1 },
    easingFunction: { type: String, value: 'default' },
  },
  data: { dots: [], active: 0 },
  lifetimes: {
    created() {
      // The native side's change on this host (drag, autoplay) moves the active dot at once.
      this._$.addListener('change', (e) => {
        const target = e.target;
        if (target !== this._$ && target !== this) return; // a nested swiper's change bubbling up
        if (e.detail && typeof e.detail.current === 'number') this.__show(e.detail.current);
      });
    },
    attached() {
      this.__count();
      this.__observer = glassEasel.MutationObserver.create(() => this.__count());
      this.__observer.observe(this._$, { childList: true, subtree: true });
    },
    detached() {
      if (this.__observer) this.__observer.disconnect();
      this.__observer = null;
    },
  },
  methods: {
    __count() {
      const n = countItems(this._$);
      if (n !== this.data.dots.length) this.setData({ dots: Array.from({ length: n }, (_, i) => i) });
    },
    __show(index) {
      const active = Math.max(0, Math.floor(Number(index) || 0));
      if (active !== this.data.active) this.setData({ active });
    },
  },
});

module.exports = { tag: 'swiper', template, definition };
