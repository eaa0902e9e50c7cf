// <checkbox-group bindchange>: fires change with detail.value = the values of its checked
// checkboxes, in tree order, whenever one of them is toggled by the user.
'use strict';

const { defineBuiltin, descendants, builtinOf } = require('./define.js');

const template = '<slot/>';

const definition = defineBuiltin({
  properties: {},
  methods: {
    __changed() {
      const value = [];
      for (const node of descendants(this._$)) {
        const box = builtinOf(node, 'checkbox');
        if (box && box.data.checked) value.push(box.data.value);
      }
      this.triggerEvent('change', { value });
    },
  },
});

module.exports = { tag: 'checkbox-group', template, definition };
