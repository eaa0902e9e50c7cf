// A sink (see backend.js) that keeps the element tree glass-easel builds, for tests and for
// `sparrow dump --tree`. It checks the protocol as it goes (a live handle, a child really under
// its parent) and counts what it could not apply instead of throwing: a broken call is a bug
// in glass-easel or in us, and a dump with a problem count says more than a stack trace.
'use strict';

const { ROOT_HANDLE } = require('./backend.js');

function makeNode(kind, handle) {
  return {
    kind, handle, tag: '', styling: '', text: '', id: '', style: '',
    classes: [], attrs: new Map(), children: [], parent: null,
  };
}

class RecordingSink {
  constructor() {
    this.nodes = new Map();
    this.nodes.set(ROOT_HANDLE, makeNode('root', ROOT_HANDLE));
    this.problems = [];
    this.callCount = 0;
    this.styleSheets = [];
  }

  get root() { return this.nodes.get(ROOT_HANDLE); }

  _node(handle, op) {
    const node = this.nodes.get(handle);
    if (!node) this.problems.push(`${op}: handle ${handle} is not live`);
    return node;
  }

  _create(handle, node, op) {
    this.callCount++;
    if (this.nodes.has(handle)) this.problems.push(`${op}: handle ${handle} is already live`);
    this.nodes.set(handle, node);
  }

  _detach(child) {
    if (!child.parent) return;
    const siblings = child.parent.children;
    const index = siblings.indexOf(child);
    if (index >= 0) siblings.splice(index, 1);
    child.parent = null;
  }

  _insert(parent, child, index) {
    this._detach(child);
    parent.children.splice(index, 0, child);
    child.parent = parent;
  }

  _indexIn(parent, child, op) {
    const index = child ? parent.children.indexOf(child) : -1;
    if (index < 0) this.problems.push(`${op}: node ${child && child.handle} is not a child of ${parent.handle}`);
    return index;
  }

  createElement(handle, logicalName, stylingName) {
    const node = makeNode('element', handle);
    node.tag = logicalName;
    node.styling = stylingName;
    this._create(handle, node, 'createElement');
  }

  createText(handle, content) {
    const node = makeNode('text', handle);
    node.text = content;
    this._create(handle, node, 'createText');
  }

  createFragment(handle) { this._create(handle, makeNode('fragment', handle), 'createFragment'); }

  release(handle) {
    this.callCount++;
    const node = this._node(handle, 'release');
    if (!node) return;
    this._detach(node);
    this.nodes.delete(handle);
  }

  appendChild(parent, child) {
    this.callCount++;
    const p = this._node(parent, 'appendChild');
    const c = this._node(child, 'appendChild');
    if (p && c) this._insert(p, c, p.children.length);
  }

  insertBefore(parent, child, before) {
    this.callCount++;
    const p = this._node(parent, 'insertBefore');
    const c = this._node(child, 'insertBefore');
    if (!p || !c) return;
    if (before === 0) {
      this._insert(p, c, p.children.length);
      return;
    }
    const index = this._indexIn(p, this.nodes.get(before), 'insertBefore');
    if (index >= 0) this._insert(p, c, index);
  }

  removeChild(parent, child) {
    this.callCount++;
    const p = this._node(parent, 'removeChild');
    const c = this._node(child, 'removeChild');
    if (p && c && this._indexIn(p, c, 'removeChild') >= 0) this._detach(c);
  }

  replaceChild(parent, child, oldChild) {
    this.callCount++;
    const p = this._node(parent, 'replaceChild');
    const c = this._node(child, 'replaceChild');
    const old = this._node(oldChild, 'replaceChild');
    if (!p || !c || !old) return;
    const index = this._indexIn(p, old, 'replaceChild');
    if (index < 0) return;
    this._detach(old);
    this._insert(p, c, index);
  }

  spliceBefore(parent, before, deleteCount, fragment) {
    this.callCount++;
    const p = this._node(parent, 'spliceBefore');
    const f = this._node(fragment, 'spliceBefore');
    if (!p || !f) return;
    const index = this._indexIn(p, this.nodes.get(before), 'spliceBefore');
    if (index < 0) return;
    for (const removed of p.children.splice(index, deleteCount)) removed.parent = null;
    const moved = f.children.splice(0);
    moved.forEach((c) => { c.parent = p; });
    p.children.splice(index, 0, ...moved);
  }

  spliceAppend(parent, fragment) {
    this.callCount++;
    const p = this._node(parent, 'spliceAppend');
    const f = this._node(fragment, 'spliceAppend');
    if (!p || !f) return;
    const moved = f.children.splice(0);
    moved.forEach((c) => { c.parent = p; });
    p.children.push(...moved);
  }

  spliceRemove(parent, before, deleteCount) {
    this.callCount++;
    const p = this._node(parent, 'spliceRemove');
    if (!p) return;
    const index = this._indexIn(p, this.nodes.get(before), 'spliceRemove');
    if (index < 0) return;
    for (const removed of p.children.splice(index, deleteCount)) removed.parent = null;
  }

  setId(handle, id) { this._set(handle, 'setId', (n) => { n.id = id; }); }

  setStyleScope(handle, styleScope, extraStyleScope, hostStyleScope) {
    this._set(handle, 'setStyleScope', (n) => { n.styleScope = [styleScope, extraStyleScope, hostStyleScope]; });
  }

  setStyle(handle, styleText) { this._set(handle, 'setStyle', (n) => { n.style = styleText; }); }

  addClass(handle, name, scope) {
    this._set(handle, 'addClass', (n) => {
      if (!n.classes.some(([c, s]) => c === name && s === scope)) n.classes.push([name, scope]);
    });
  }

  removeClass(handle, name, scope) {
    this._set(handle, 'removeClass', (n) => {
      n.classes = n.classes.filter(([c, s]) => !(c === name && s === scope));
    });
  }

  clearClasses(handle) { this._set(handle, 'clearClasses', (n) => { n.classes = []; }); }

  setAttribute(handle, name, value) { this._set(handle, 'setAttribute', (n) => { n.attrs.set(name, value); }); }

  removeAttribute(handle, name) { this._set(handle, 'removeAttribute', (n) => { n.attrs.delete(name); }); }

  // Dataset keys are camelCase (data-foo-bar → fooBar); the dump shows the attribute as written.
  setDataset(handle, name, value) {
    this._set(handle, 'setDataset', (n) => { n.attrs.set('data-' + name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()), value); });
  }

  setText(handle, content) { this._set(handle, 'setText', (n) => { n.text = content; }); }

  setListenerStats(handle, type, capture, mutLevel) {
    this._set(handle, 'setListenerStats', (n) => { (n.listeners || (n.listeners = {}))[type] = { capture, mutLevel }; });
  }

  registerStyleSheet(path) { this.callCount++; this.styleSheets.push({ path, appended: false }); }

  appendStyleSheet(path, scope) {
    this.callCount++;
    this.styleSheets.push({ path, scope, appended: true });
    return this.styleSheets.filter((s) => s.appended).length - 1;
  }

  disableStyleSheet() { this.callCount++; }

  _set(handle, op, apply) {
    this.callCount++;
    const node = this._node(handle, op);
    if (node) apply(node);
  }
}

/**
 * The tree under `node` in the shape WeChat's wcc gives for a page (`$gwx(path)(data)`):
 * `{ tag: 'wx-view', attr: {...}, children: [...] }`, text children as plain strings.
 * Custom components appear under their tag name (`wx-my-comp`) with their composed content.
 */
function toWcc(node) {
  if (node.kind === 'text') return node.text;
  const attr = {};
  // The adapter prefixes ids with an 8-hex-digit component-instance id ("1a2b3c4d--list") so they
  // stay unique across components; wcc prints them as written.
  if (node.id) attr.id = node.id.replace(/^[0-9a-f]{8}--/, '');
  if (node.classes.length) attr.class = node.classes.map(([c]) => c).join(' ');
  if (node.style) attr.style = node.style;
  for (const [name, value] of node.attrs) attr[name] = value;
  const tag = node.kind === 'root' ? 'wx-page'
    : 'wx-' + (node.tag === 'wx-x' ? node.styling : node.tag);
  return { tag, attr, children: node.children.map(toWcc) };
}

module.exports = { RecordingSink, toWcc };
