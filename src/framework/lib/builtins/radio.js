// <radio value disabled checked color>: a 22px round box (.wx-radio-input) filled with `color`
// and a white check mark when checked. A tap (or one on a wrapping <label>) checks it; the
// nearest <radio-group> unchecks the others and fires bindchange with detail.value = its value.
'use strict';

const { defineBuiltin, userSet, ancestors, builtinOf } = require('./define.js');

const template = `<builtin-part class="wx-radio-wrapper"><builtin-part class="wx-radio-input{{checked ? ' wx-radio-input-checked' : ''}}{{disabled ? ' wx-radio-input-disabled' : ''}}" style="{{checked ? 'background-color: ' + color + '; border-color: ' + color : ''}}"><builtin-part wx:if="{{checked}}" class="wx-radio-check"/></builtin-part><slot/></builtin-part>`;

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
    __activate(e) {
      if (e) {
        if (e.__sparrowControl) return;
        e.__sparrowControl = true;
      }
      if (this.data.disabled || this.data.checked) return;
      userSet(this, { checked: true });
      for (const node of ancestors(this._$)) {
        const group = builtinOf(node, 'radio-group');
        if (group) { group.__changed(this); break; }
      }
    },
  },
});

module.exports = { tag: 'radio', template, definition };
