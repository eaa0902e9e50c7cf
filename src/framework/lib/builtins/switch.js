// <switch checked disabled type color bindchange>: type "switch" is a 52×32 rounded track with a
// 30px knob that moves right when checked (track in `color`); type "checkbox" looks like a
// checkbox. A tap toggles it and fires change with detail.value = the new state.
'use strict';

const { defineBuiltin, userSet } = require('./define.js');

const template = `<builtin-part class="wx-switch-wrapper"><builtin-part wx:if="{{type === 'checkbox'}}" class="wx-checkbox-input{{checked ? ' wx-checkbox-input-checked' : ''}}{{disabled ? ' wx-checkbox-input-disabled' : ''}}"><builtin-part wx:if="{{checked}}" class="wx-checkbox-check" style="border-color: {{color}}"/></builtin-part><builtin-part wx:else class="wx-switch-input{{checked ? ' wx-switch-input-checked' : ''}}{{disabled ? ' wx-switch-input-disabled' : ''}}" style="{{checked ? 'background-color: ' + color + '; border-color: ' + color : ''}}"><builtin-part class="wx-switch-knob"/></builtin-part><slot/></builtin-part>`;

const definition = defineBuiltin({
  properties: {
    checked: { type: Boolean, value: false },
    disabled: { type: Boolean, value: false },
    type: { type: String, value: 'switch' },
    color: { type: String, value: '#04BE02' },
  },
  lifetimes: {
    created() { this._$.addListener('tap', (e) => this.__activate(e)); },
  },
  methods: {
    __activate(e) {
      if (e) {
        if (e.__sparrowControl) return;
        e.__sparrowControl = true;
      }
      if (this.data.disabled) return;
      const value = !this.data.checked;
      userSet(this, { checked: value });
      this.triggerEvent('change', { value });
    },
  },
});

module.exports = { tag: 'switch', template, definition };
