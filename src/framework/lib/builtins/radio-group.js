// <radio-group bindchange>: keeps one of its radios checked; fires change with detail.value =
// the value of the radio the user checked.
'use strict';

const { defineBuiltin, userSet, descendants, builtinOf } = require('./define.js');

const template = '<slot/>';

const definition = defineBuiltin({
  properties: {},
  methods: {
    __changed(chosen) {
      for (const node of descendants(this._$)) {
        const radio = builtinOf(node, 'radio');
        if (radio && radio !== chosen && radio.data.checked) userSet(radio, { checked: false });
      }
      this.triggerEvent('change', { value: chosen.data.value });
    },
  },
});

module.exports = { tag: 'radio-group', template, definition };
