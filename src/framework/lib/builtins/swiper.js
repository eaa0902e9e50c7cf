// <swiper indicator-dots indicator-color indicator-active-color current autoplay interval duration
// circular vertical …>: the sliding itself is native (Sparrow.Components Swiper on the render
// thread reads the reflected attributes and moves the swiper-item children); this component adds
// what WeChat draws over the items: the indicator dots, one 8 px dot per swiper-item, the current
// one in indicator-active-color. The current item follows the `current` property and the change
// events the native side raises on this host (a drag, autoplay). With previous-margin, next-margin
// or display-multiple-items it also sizes the items (a style segment of their own, over the page's
// style): the extent less both margins, placed after the previous margin; or 1/count of it when
// several show (margins are then ignored); the native side steps by that size.
'use strict';

const glassEasel = require('glass-easel');
const { defineBuiltin } = require('./define.js');

const template = `<slot/><builtin-part wx:if="{{indicatorDots}}" class="wx-swiper-dots {{vertical ? 'wx-swiper-dots-vertical' : 'wx-swiper-dots-horizontal'}}"><builtin-part wx:for="{{dots}}" wx:key="*this" class="wx-swiper-dot" style="background-color: {{item === active ? indicatorActiveColor : indicatorColor}}"/></builtin-part>`;

const flag = { type: Boolean, value: false };

/** The swiper-item elements in the light tree of `node` (through wx:for / wx:if blocks, not inside items). */
function itemsOf(node, into = []) {
  for (const child of node.childNodes || []) {
    if (child.is === 'swiper-item' || child.tagName === 'swiper-item') into.push(child);
    else if (!child.tagName || child.tagName === 'virtual') itemsOf(child, into);
  }
  return into;
}

/** glass-easel's TEMP_EXTRA style segment: kept apart from the page's own style of the item. */
const ITEM_STYLE_SEGMENT = 3;

/** A margin property as a CSS length ('' and bare numbers are px). */
function length(value) {
  const text = String(value == null ? '' : value).trim();
  if (!text) return '0px';
  return /^-?[0-9.]+$/.test(text) ? `${text}px` : text;
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
    vertical: { type: Boolean, value: false, observer() { this.__layoutItems(); } },
    previousMargin: { type: String, value: '0px', observer() { this.__layoutItems(); } },
    nextMargin: { type: String, value: '0px', observer() { this.__layoutItems(); } },
    snapToEdge: flag,
    displayMultipleItems: { type: Number, value: 1, observer() { this.__layoutItems(); } },
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
      const n = itemsOf(this._$).length;
      if (n !== this.data.dots.length) this.setData({ dots: Array.from({ length: n }, (_, i) => i) });
      this.__layoutItems();
    },

    /** Sizes and places every item for the margins and display-multiple-items (nothing with the defaults). */
    __layoutItems() {
      if (!this._$) return;
      const { previousMargin, nextMargin, displayMultipleItems, vertical } = this.data;
      const count = Math.max(1, Math.floor(Number(displayMultipleItems) || 1));
      const before = length(previousMargin);
      const after = length(nextMargin);
      const plain = count === 1 && parseFloat(before) === 0 && parseFloat(after) === 0;
      const [size, start, end] = vertical ? ['height', 'top', 'bottom'] : ['width', 'left', 'right'];
      // Layout has no calc() mixing % and px, so margins apply to one item at a time only: the item
      // spans the box less the margins (auto size between the two insets). With several items
      // shown each is 1/count of the box and the margins are ignored (the native side agrees).
      let style = '';
      if (!plain && count === 1) style = `${size}: auto; ${start}: ${before}; ${end}: ${after};`;
      else if (count > 1) style = `${size}: ${100 / count}%;`;
      for (const item of itemsOf(this._$)) {
        if (typeof item.setNodeStyle === 'function') item.setNodeStyle(style, ITEM_STYLE_SEGMENT);
      }
    },
    __show(index) {
      const active = Math.max(0, Math.floor(Number(index) || 0));
      if (active !== this.data.active) this.setData({ active });
    },
  },
});

module.exports = { tag: 'swiper', template, definition };
