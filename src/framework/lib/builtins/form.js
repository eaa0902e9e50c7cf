// <form bindsubmit bindreset>: a button with form-type submit fires submit with detail.value =
// { name: value } of every named control inside (checkbox-group: checked values, radio-group: the
// checked value, switch: checked, slider: value); form-type reset puts each back to the value its
// page's template gave it (HTML's defaultChecked / defaultValue) and fires reset.
'use strict';

const { defineBuiltin, userSet, initialOf, descendants, builtinOf } = require('./define.js');

const template = '<slot/>';

function fieldOf(node) {
  for (const tag of ['checkbox-group', 'radio-group', 'switch', 'slider', 'input', 'textarea']) {
    const caller = builtinOf(node, tag);
    if (caller) return { tag, caller };
  }
  return null;
}

const definition = defineBuiltin({
  properties: { reportSubmit: { type: Boolean, value: false }, reportSubmitTimeout: { type: Number, value: 0 } },
  methods: {
    __run(kind) {
      const value = {};
      for (const node of descendants(this._$)) {
        const field = fieldOf(node);
        if (!field) continue;
        const { tag, caller } = field;
        if (kind === 'reset') caller.__reset();
        else if (caller.data.name) value[caller.data.name] = caller.__formValue();
      }
      if (kind === 'reset') this.triggerEvent('reset', {});
      else this.triggerEvent('submit', { value });
    },
  },
});

/** The form-field methods of checkbox-group, radio-group, switch and slider (see form.js). */
const fieldMethods = {
  'checkbox-group': {
    __formValue() { return collect(this, 'checkbox').filter((c) => c.data.checked).map((c) => c.data.value); },
    __reset() { for (const c of collect(this, 'checkbox')) userSet(c, { checked: initialOf(c, 'checked', false) }); },
  },
  'radio-group': {
    __formValue() { const on = collect(this, 'radio').find((c) => c.data.checked); return on ? on.data.value : ''; },
    __reset() { for (const c of collect(this, 'radio')) userSet(c, { checked: initialOf(c, 'checked', false) }); },
  },
  switch: {
    __formValue() { return this.data.checked; },
    __reset() { userSet(this, { checked: initialOf(this, 'checked', false) }); },
  },
  slider: {
    __formValue() { return this.data.value; },
    __reset() { userSet(this, { value: initialOf(this, 'value', 0) }); },
  },
  input: {
    __formValue() { return this.data.value; },
    __reset() { userSet(this, { value: initialOf(this, 'value', '') }); },
  },
  textarea: {
    __formValue() { return this.data.value; },
    __reset() { userSet(this, { value: initialOf(this, 'value', '') }); },
  },
};

function collect(group, tag) {
  const found = [];
  for (const node of descendants(group._$)) {
    const caller = builtinOf(node, tag);
    if (caller) found.push(caller);
  }
  return found;
}

module.exports = { tag: 'form', template, definition, fieldMethods };
