// <slider min max step value disabled active-color background-color block-size block-color
// show-value bindchanging bindchange>: a 2px track (background-color) with its filled part
// (active-color) and a round handle (block-size, block-color). A drag fires changing on each
// touchmove and change on release; a tap on the track jumps there and fires change.
'use strict';

const { defineBuiltin, userSet } = require('./define.js');

const template = `<builtin-part class="wx-slider-wrapper{{disabled ? ' wx-slider-disabled' : ''}}"><builtin-part class="wx-slider-tap-area"><builtin-part class="wx-slider-handle-wrapper" style="background-color: {{backgroundColor}}"><builtin-part class="wx-slider-track" style="width: {{percent}}%; background-color: {{activeColor}}"/><builtin-part class="wx-slider-thumb" style="left: {{percent}}%; width: {{size}}px; height: {{size}}px; margin-left: {{-size / 2}}px; margin-top: {{-size / 2}}px; background-color: {{blockColor}}"/></builtin-part></builtin-part><builtin-part wx:if="{{showValue}}" class="wx-slider-value">{{value}}</builtin-part></builtin-part>`;

const definition = defineBuiltin({
  properties: {
    min: { type: Number, value: 0, observer() { this.__place(); } },
    max: { type: Number, value: 100, observer() { this.__place(); } },
    step: { type: Number, value: 1 },
    value: { type: Number, value: 0, observer() { this.__place(); } },
    disabled: { type: Boolean, value: false },
    color: { type: String, value: '' },
    selectedColor: { type: String, value: '' },
    activeColor: { type: String, value: '#1aad19' },
    backgroundColor: { type: String, value: '#e9e9e9' },
    blockSize: { type: Number, value: 28, observer() { this.__place(); } },
    blockColor: { type: String, value: '#ffffff' },
    showValue: { type: Boolean, value: false },
  },
  data: { percent: 0, size: 28 },
  lifetimes: {
    created() {
      const element = this._$;
      element.addListener('touchstart', (e) => this.__touch(e, null));
      element.addListener('touchmove', (e) => this.__touch(e, 'changing'));
      element.addListener('touchend', (e) => this.__touch(e, 'change'));
      element.addListener('tap', (e) => this.__touch(e, 'tap'));
    },
    attached() { this.__place(); },
  },
  methods: {
    __place() {
      const { min, max, value, blockSize } = this.data;
      const span = max - min;
      const clamped = Math.min(max, Math.max(min, value));
      const size = Math.min(28, Math.max(12, blockSize));
      this.setData({ percent: span > 0 ? ((clamped - min) / span) * 100 : 0, size });
    },

    /** The value at client x over the track `rect`, snapped to `step` and clamped. */
    __valueAt(clientX, rect) {
      const { min, max } = this.data;
      const step = this.data.step > 0 ? this.data.step : 1;
      const ratio = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
      const steps = Math.round((ratio * (max - min)) / step);
      return Math.min(max, Math.max(min, min + steps * step));
    },

    /**
     * A touch on the slider. Positions map to values over the track's laid-out box, which only
     * the render side knows: touchstart asks for it (this.createSelectorQuery, answered after the
     * next layout), and the touches that follow wait in order until it comes.
     */
    __touch(e, kind) {
      if (this.data.disabled) return;
      const touch = (e.changedTouches && e.changedTouches[0]) || (e.touches && e.touches[0]);
      if (!touch) return;
      if (kind === null) {
        this.__dragged = false;
        this.__measure();
        return;
      }
      if (!this.__pending) this.__pending = [];
      this.__pending.push({ kind, x: typeof touch.clientX === 'number' ? touch.clientX : touch.pageX });
      if (this.__measuring) return;
      if (this.__rect) this.__drain();
      else this.__measure();
    },

    __measure() {
      this.__measuring = true;
      this.createSelectorQuery().select('.wx-slider-handle-wrapper').boundingClientRect((rect) => {
        this.__rect = rect;
        this.__measuring = false;
        this.__drain();
      }).exec();
    },

    /** Applies the waiting touches: touchmove fires changing; the release (touchend after a drag, else the tap) fires change. */
    __drain() {
      const rect = this.__rect;
      const pending = this.__pending || [];
      this.__pending = [];
      if (!rect || !(rect.width > 0)) return;
      for (const { kind, x } of pending) {
        if (kind === 'changing') this.__dragged = true;
        else if (kind === 'change' && !this.__dragged) continue; // a tap follows and reports it
        else if (kind === 'tap' && this.__dragged) continue; // the drag's touchend reported it
        const value = this.__valueAt(x, rect);
        if (value !== this.data.value) userSet(this, { value });
        this.triggerEvent(kind === 'changing' ? 'changing' : 'change', { value });
      }
    },
  },
});

module.exports = { tag: 'slider', template, definition };
