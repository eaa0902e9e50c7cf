// <checkbox value disabled checked color>: a 22px box (.wx-checkbox-input) with a check mark in
// `color` when checked, then the slotted label. A tap on it (or on a wrapping <label>) toggles it
// and tells the nearest <checkbox-group>, which fires bindchange with every checked value.
'use strict';

const { defineBuiltin, userSet, ancestors, builtinOf } = require('./define.js');

const template = `<builtin-part class="wx-checkbox-wrapper"><builtin-part class="wx-checkbox-input{{checked ? ' wx-checkbox-input-checked' : ''}}{{disabled ? ' wx-checkbox-input-disabled' : ''}}"><builtin-part wx:if="{{checked}}" class="wx-checkbox-check" style="border-color: {{color}}"/></builtin-part><slot/></builtin-part>`;

const definition = defineBuiltin({
  properties: {
    value: { type: String, value: '' },
    disabled: { type: Boolean, value: false },
    checked: { type: Boolean, value: false },
    color: { type: String, value: '#09BB07' },
  },
  lifetimes: {
    created() { this._$.addListener('tap', (e) => this.__activate(e)); },
  },
  methods: {
    /** A tap on the control or its label: toggle, then the group reports. */
    __activate(e) {
      if (e) {
        if (e.__sparrowControl) return;
        e.__sparrowControl = true;
      }
      if (this.data.disabled) return;
      userSet(this, { checked: !this.data.checked });
      for (const node of ancestors(this._$)) {
        const group = builtinOf(node, 'checkbox-group');
        if (group) { group.__changed(); break; }
      }
    },
  },
});

module.exports = { tag: 'checkbox', template, definition };
