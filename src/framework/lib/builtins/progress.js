// <progress percent show-info border-radius font-size stroke-width color active-color
// background-color active active-mode bindactiveend>: a bar of stroke-width px, filled to
// percent; with `active` the fill grows from 0 (backwards) or from the last percent (forwards)
// at 10 ms per percent on the runtime's clock, then fires activeend.
'use strict';

const { defineBuiltin } = require('./define.js');

const template = `<builtin-part class="wx-progress-bar" style="height: {{strokeWidth}}px; border-radius: {{borderRadius}}px; background-color: {{backgroundColor}}"><builtin-part class="wx-progress-inner-bar" style="width: {{shown}}%; border-radius: {{borderRadius}}px; background-color: {{color && activeColor === '#09BB07' ? color : activeColor}}"/></builtin-part><builtin-part wx:if="{{showInfo}}" class="wx-progress-info" style="font-size: {{fontSize}}px">{{shown}}%</builtin-part>`;

const STEP_MS = 10;

const definition = defineBuiltin({
  properties: {
    percent: { type: Number, value: 0, observer() { this.__start(); } },
    showInfo: { type: Boolean, value: false },
    borderRadius: { type: Number, value: 0 },
    fontSize: { type: Number, value: 16 },
    strokeWidth: { type: Number, value: 6 },
    color: { type: String, value: '' },
    activeColor: { type: String, value: '#09BB07' },
    backgroundColor: { type: String, value: '#EBEBEB' },
    active: { type: Boolean, value: false, observer() { this.__start(); } },
    activeMode: { type: String, value: 'backwards' },
  },
  data: { shown: 0 },
  lifetimes: {
    attached() { this.__start(); },
    detached() { this.__stop(); },
  },
  methods: {
    __target() { return Math.min(100, Math.max(0, Number(this.data.percent) || 0)); },

    __start() {
      this.__stop();
      const target = this.__target();
      if (!this.data.active) { this.setData({ shown: target }); return; }
      let shown = this.data.activeMode === 'forwards' ? this.data.shown : 0;
      this.setData({ shown });
      this.__timer = setInterval(() => {
        shown = shown < target ? shown + 1 : shown > target ? shown - 1 : shown;
        this.setData({ shown });
        if (shown === target) {
          this.__stop();
          this.triggerEvent('activeend', { curPercent: shown });
        }
      }, STEP_MS);
    },

    __stop() {
      if (this.__timer) clearInterval(this.__timer);
      this.__timer = 0;
    },
  },
});

module.exports = { tag: 'progress', template, definition };
