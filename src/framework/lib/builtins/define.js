// Shared shape of a built-in component's definition: every documented attribute is a property
// whose value is also written onto the host element as an attribute (dashed name, value as the
// template gave it), so `sparrow dump --tree` shows `<checkbox checked/>` as wcc does and the UA
// sheet's attribute selectors (`button[type=primary]`) match the host.
'use strict';

function dashed(name) {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/**
 * `spec`: { properties: { name: { type, value, observer? } }, ...rest of a Component() definition }.
 * Returns the definition with each property's observer also reflecting the value, and keeping
 * the value the page's template last gave it (see userSet, initialOf): what a form reset restores.
 */
function defineBuiltin(spec) {
  const properties = {};
  for (const [name, p] of Object.entries(spec.properties || {})) {
    const own = p.observer;
    const attr = dashed(name);
    properties[name] = Object.assign({}, p, {
      observer(value, old) {
        const element = this._$;
        if (element) element.setAttribute(attr, value);
        if (!this.__userSetting) {
          if (!this.__initials) this.__initials = {};
          this.__initials[name] = value;
        }
        if (typeof own === 'function') own.call(this, value, old);
      },
    });
  }
  return Object.assign({}, spec, { properties });
}

/** setData for a change the user made (a tap, a drag, a reset): not the template's value, so a reset does not restore it. */
function userSet(caller, data) {
  caller.__userSetting = true;
  try {
    caller.setData(data);
  } finally {
    caller.__userSetting = false;
  }
}

/** The value of property `name` the page's template last gave `caller`, else the property's default. */
function initialOf(caller, name, fallback) {
  const initials = caller.__initials;
  return initials && Object.prototype.hasOwnProperty.call(initials, name) ? initials[name] : fallback;
}

/** The glass-easel ancestors of `element` in its owner's tree (host parents), nearest first. */
function* ancestors(element) {
  for (let node = element.parentNode; node; node = node.parentNode) yield node;
}

/** Light-tree descendants of `element` (what a page wrote inside it), depth first. */
function* descendants(element) {
  for (const child of element.childNodes || []) {
    yield child;
    yield* descendants(child);
  }
}

/** The built-in component's method caller when `node` is that built-in (`is` ends with `/tag`), else null. */
function builtinOf(node, tag) {
  if (!node || typeof node.getMethodCaller !== 'function' || typeof node.is !== 'string') return null;
  return node.is === `sparrow-builtin/${tag}` ? node.getMethodCaller() : null;
}

module.exports = { defineBuiltin, userSet, initialOf, ancestors, descendants, builtinOf };
