// WeChat's built-in form components as components of the base library, as WeChat's own base
// library makes them (exparser components with an inner structure its CSS styles): each is a
// glass-easel component at `sparrow-builtin/<tag>` in the main code space, made available to
// every page and component under its WXML tag with ComponentSpace.setGlobalUsingComponent (a
// package's own usingComponents entry of the same name still wins). The host element keeps the
// tag as its styling name (wx-checkbox in dumps); the inner elements are `builtin-part` nodes
// with WeChat's class names (.wx-checkbox-input, .wx-switch-input, .wx-slider-handle-wrapper, …),
// styled by the renderer's UA sheet (Sparrow.Css UserAgentStyles).
'use strict';

const { defineBuiltin } = require('./define.js');
const { fieldMethods } = require('./form.js');

const MODULES = [
  require('./button.js'), require('./icon.js'), require('./progress.js'),
  require('./checkbox.js'), require('./checkbox-group.js'), require('./radio.js'), require('./radio-group.js'),
  require('./switch.js'), require('./slider.js'), require('./label.js'), require('./form.js'),
  require('./navigator.js'), require('./rich-text.js'), require('./swiper.js'),
  require('./input.js'), require('./textarea.js'),
];

/** The tag of the inner elements; the tree dump shows their children in their place (see flattenParts). */
const PART_TAG = 'builtin-part';

/** The component path of built-in `tag`. */
function builtinPath(tag) { return `sparrow-builtin/${tag}`; }

/** A form field's definition: a reflected `name` property and the methods form.js calls. */
function withFormField(tag, definition) {
  const methods = fieldMethods[tag];
  if (!methods) return definition;
  const name = defineBuiltin({ properties: { name: { type: String, value: '' } } }).properties;
  return Object.assign({}, definition, {
    properties: Object.assign({}, definition.properties, name),
    methods: Object.assign({}, definition.methods, methods),
  });
}

/**
 * Registers every built-in in `codeSpace` (the adapter's main CodeSpace) before any package
 * component, with the templates compiled ahead of time (templates.gen.js).
 */
function registerBuiltins(codeSpace) {
  const groups = require('./templates.gen.js');
  const space = codeSpace.getComponentSpace();
  for (const mod of MODULES) {
    const path = builtinPath(mod.tag);
    codeSpace.addCompiledTemplate(path, { groupList: groups, content: groups[path] });
    codeSpace.addComponentStaticConfig(path, { component: true, usingComponents: {}, styleIsolation: mod.styleIsolation || 'isolated' });
    const registered = codeSpace.componentEnv(path, ({ Component }) => Component(withFormField(mod.tag, mod.definition)));
    space.setGlobalUsingComponent(mod.tag, registered._$);
  }
}

/**
 * A tree in wcc's shape (recording-sink.js toWcc) with every built-in's inner element replaced by
 * its children: wcc shows `<checkbox>label</checkbox>` as wx-checkbox > "label", not the parts.
 */
function flattenParts(node) {
  if (!node || typeof node !== 'object') return node;
  const children = [];
  for (const child of node.children) {
    const flat = flattenParts(child);
    if (flat && typeof flat === 'object' && flat.tag === 'wx-' + PART_TAG) children.push(...flat.children);
    else children.push(flat);
  }
  return Object.assign({}, node, { children });
}

module.exports = { registerBuiltins, flattenParts, builtinPath, MODULES, PART_TAG };
