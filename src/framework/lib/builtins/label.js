// <label for>: a tap on it activates the control whose id is `for`, or else the first checkbox,
// radio, switch or button inside it (a tap on the control itself is left to the control).
'use strict';

const { defineBuiltin, descendants, builtinOf } = require('./define.js');

const template = '<slot/>';
const CONTROLS = ['checkbox', 'radio', 'switch', 'button'];

function controlOf(node) {
  for (const tag of CONTROLS) {
    const caller = builtinOf(node, tag);
    if (caller) return caller;
  }
  return null;
}

function composedParent(node) {
  return typeof node.getComposedParent === 'function' ? node.getComposedParent() : node.parentNode || null;
}

const definition = defineBuiltin({
  properties: { for: { type: String, value: '' } },
  lifetimes: {
    created() { this._$.addListener('tap', (e) => this.__tap(e)); },
  },
  methods: {
    /**
     * Whether the tap began on a control inside this label (its own listener handled it). The
     * event reaches each shadow tree as its own object, so a flag the control set is not seen
     * here: walk up from the target instead, across shadow trees, to this label.
     */
    __fromControl(target) {
      // The target comes as the component's method caller when it is a component.
      const start = target && target._$ && typeof target.getComposedParent !== 'function' ? target._$ : target;
      for (let node = start; node && node !== this._$; node = composedParent(node)) {
        if (controlOf(node)) return true;
      }
      return false;
    },

    __tap(e) {
      if (e.__sparrowControl || this.__fromControl(e.target)) return;
      let control = null;
      const id = this.data.for;
      if (id) {
        const root = this._$.ownerShadowRoot;
        control = root ? controlOf(root.getElementById(id)) : null;
      } else {
        for (const node of descendants(this._$)) {
          control = controlOf(node);
          if (control) break;
        }
      }
      if (control && typeof control.__activate === 'function') control.__activate(e);
    },
  },
});

module.exports = { tag: 'label', template, definition };
