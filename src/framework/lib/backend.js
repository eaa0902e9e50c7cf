// glass-easel's composed backend protocol, turned into calls on one `sink` object.
//
// glass-easel holds element *objects*; the sink sees numeric handles only, one method per
// protocol call, with the operands docs/op-stream.md lists (handle 1 is the page root, 0 means
// "none", released handles are reused so the handle table stays dense). A recording sink
// (recording-sink.js) builds a tree for tests and `sparrow dump --tree`; the binary op writer
// (../backend/op-writer.js) is another sink with the same methods; tee-sink.js feeds both.
'use strict';

const ROOT_HANDLE = 1;
const BUILTIN_TAGS = new Set(require('./builtins/index.js').MODULES.map((m) => m.tag));

// Every method a sink has: one per op of docs/op-stream.md. At most four operands each.
const STYLE_SHEET_METHODS = ['registerStyleSheet', 'appendStyleSheet', 'disableStyleSheet'];
const TREE_METHODS = [
  'createElement', 'createText', 'createFragment', 'release',
  'appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'spliceBefore', 'spliceAppend', 'spliceRemove',
  'setId', 'setStyleScope', 'setStyle', 'addClass', 'removeClass', 'clearClasses',
  'setAttribute', 'removeAttribute', 'setDataset', 'setText', 'setListenerStats',
];
const SINK_METHODS = TREE_METHODS.concat(STYLE_SHEET_METHODS);

/**
 * Stands in for a sink while a page root is created: stylesheet calls go straight through, tree
 * calls wait (flat: method, then four operands) until `replay`. The adapter appends a page's
 * stylesheets only after glass-easel has built the page's first tree; this puts them first in
 * the stream, so the render side knows every sheet before it sees a node.
 */
class HeldCalls {
  constructor(sink) {
    this.sink = sink;
    this.calls = [];
  }

  registerStyleSheet(path, content) { this.sink.registerStyleSheet(path, content); }

  appendStyleSheet(path, scope) { return this.sink.appendStyleSheet(path, scope); }

  disableStyleSheet(index) { this.sink.disableStyleSheet(index); }

  replay() {
    const { sink, calls } = this;
    this.calls = [];
    for (let i = 0; i < calls.length; i += 5) sink[calls[i]](calls[i + 1], calls[i + 2], calls[i + 3], calls[i + 4]);
  }
}
for (const name of TREE_METHODS) {
  HeldCalls.prototype[name] = function held(a, b, c, d) { this.calls.push(name, a, b, c, d); };
}

class BackendElement {
  constructor(context, handle) {
    this._context = context;
    this._handle = handle;
    this.__wxElement = undefined;
  }

  get handle() { return this._handle; }

  release() {
    this._context._release(this);
  }

  associateValue(value) {
    this.__wxElement = value;
  }

  appendChild(child) { this._context._sink.appendChild(this._handle, child._handle); }

  removeChild(child) { this._context._sink.removeChild(this._handle, child._handle); }

  insertBefore(child, before) {
    this._context._sink.insertBefore(this._handle, child._handle, before ? before._handle : 0);
  }

  replaceChild(child, oldChild) {
    this._context._sink.replaceChild(this._handle, child._handle, oldChild._handle);
  }

  spliceBefore(before, deleteCount, list) {
    this._context._sink.spliceBefore(this._handle, before._handle, deleteCount, list._handle);
  }

  spliceAppend(list) { this._context._sink.spliceAppend(this._handle, list._handle); }

  spliceRemove(before, deleteCount) {
    this._context._sink.spliceRemove(this._handle, before._handle, deleteCount);
  }

  setId(id) { this._context._sink.setId(this._handle, String(id)); }

  setStyleScope(styleScope, extraStyleScope, hostStyleScope) {
    this._context._sink.setStyleScope(this._handle, styleScope, extraStyleScope, hostStyleScope);
  }

  setStyle(styleText) { this._context._sink.setStyle(this._handle, String(styleText)); }

  addClass(name, styleScope) { this._context._sink.addClass(this._handle, name, styleScope); }

  removeClass(name, styleScope) { this._context._sink.removeClass(this._handle, name, styleScope); }

  clearClasses() { this._context._sink.clearClasses(this._handle); }

  setAttribute(name, value) { this._context._sink.setAttribute(this._handle, name, value); }

  removeAttribute(name) { this._context._sink.removeAttribute(this._handle, name); }

  // Not part of glass-easel's composed protocol: runtime.js forwards dataset entries here.
  setDataset(name, value) { this._context._sink.setDataset(this._handle, name, value); }

  setText(content) { this._context._sink.setText(this._handle, String(content)); }

  setListenerStats(type, capture, mutLevel) {
    this._context._sink.setListenerStats(this._handle, type, !!capture, mutLevel | 0);
  }

  // Two-way binding (model:value) needs an input component; nothing to tell the renderer yet.
  setModelBindingStat() {}
}

/**
 * One page's composed backend context. `sink` receives every protocol call; `window` gives the
 * sizes glass-easel asks for (media queries, rpx).
 */
class ComposedContext {
  constructor(glassEasel, sink, window) {
    this.mode = glassEasel.BackendMode.Composed;
    this._glassEasel = glassEasel;
    this._sink = sink;
    this._window = window;
    this._free = [];
    this._next = ROOT_HANDLE + 1;
    this._root = new BackendElement(this, ROOT_HANDLE);
    this._elements = new Map([[ROOT_HANDLE, this._root]]); // handle -> element, for input events
    this._eventListener = null;
    this._renderCallbacks = null;
    this.destroyed = false;
  }

  get sink() { return this._sink; }

  /**
   * Runs `build` (which creates the page root) with the sink's tree calls held back until it
   * returns, so that the stylesheets it appends reach the sink first (see HeldCalls).
   */
  withStyleSheetsFirst(build) {
    const sink = this._sink;
    const held = new HeldCalls(sink);
    this._sink = held;
    try {
      return build();
    } finally {
      this._sink = sink;
      held.replay();
    }
  }

  destroy() {
    this.destroyed = true;
  }

  getWindowWidth() { return this._window.windowWidth; }

  getWindowHeight() { return this._window.windowHeight; }

  getDevicePixelRatio() { return this._window.pixelRatio; }

  getTheme() { return this._window.theme || 'light'; }

  registerStyleSheetContent(path, content) {
    this._sink.registerStyleSheet(String(path), content == null ? '' : String(content));
  }

  appendStyleSheetPath(path, styleScope) {
    return this._sink.appendStyleSheet(String(path), styleScope);
  }

  disableStyleSheet(index) { this._sink.disableStyleSheet(index); }

  // glass-easel calls this for setData callbacks: they run once the change has been handed to
  // the renderer, which for us is the end of the current task (the batch flush).
  render(callback) {
    if (this._renderCallbacks) {
      this._renderCallbacks.push(callback);
      return;
    }
    this._renderCallbacks = [callback];
    setTimeout(() => {
      const callbacks = this._renderCallbacks;
      this._renderCallbacks = null;
      for (const cb of callbacks) cb(null);
    }, 0);
  }

  getRootNode() { return this._root; }

  createElement(logicalName, stylingName) {
    const element = this._track(new BackendElement(this, this._allocate()));
    // A built-in's host (builtins/index.js) is created as `wx-x`; the renderer matches `button`,
    // `slider`, … type selectors on the logical name, so it gets the tag instead.
    const logical = logicalName === 'wx-x' && BUILTIN_TAGS.has(stylingName) ? stylingName : logicalName;
    this._sink.createElement(element._handle, logical, stylingName);
    return element;
  }

  createTextNode(content) {
    const element = this._track(new BackendElement(this, this._allocate()));
    this._sink.createText(element._handle, String(content));
    return element;
  }

  createFragment() {
    const element = this._track(new BackendElement(this, this._allocate()));
    this._sink.createFragment(element._handle);
    return element;
  }

  // Part of the protocol; glass-easel 0.12 does not call it (see dispatchEvent).
  onEvent(listener) { this._eventListener = listener; }

  createMediaQueryObserver() {
    return { disconnect() {} };
  }

  /**
   * Input from the host (a tap the render thread hit-tested to `handle`): glass-easel dispatches
   * it from the element's glass-easel node, bubbling and crossing component boundaries as a
   * touch event does. Returns false when the handle is not live or has no node.
   */
  dispatchEvent(handle, type, detail, touch) {
    const element = this._elements.get(handle);
    const target = element && element.__wxElement;
    if (!target) return false;
    // glass-easel 0.12 never calls onEvent on a composed context: input is dispatched from the
    // glass-easel node itself.
    const options = { bubbles: true, composed: true, capturePhase: true };
    if (touch) {
      this._placeTargets(touch.offsets);
      // Copied onto the event by glass-easel's Event constructor (after its own timeStamp).
      options.extraFields = { timeStamp: touch.timeStamp, touches: touch.touches, changedTouches: touch.changedTouches };
    }
    this._glassEasel.triggerEvent(target, type, detail, options);
    return true;
  }

  /**
   * `offsetLeft`/`offsetTop` of the hit node and its ancestors, as the host laid them out
   * (flat: handle, left, top, …): what `target`/`currentTarget` show to handlers.
   */
  _placeTargets(offsets) {
    if (!offsets) return;
    for (let i = 0; i + 2 < offsets.length; i += 3) {
      const element = this._elements.get(offsets[i]);
      const node = element && element.__wxElement;
      if (!node) continue;
      node.offsetLeft = offsets[i + 1];
      node.offsetTop = offsets[i + 2];
      const caller = typeof node.getMethodCaller === 'function' ? node.getMethodCaller() : null;
      if (caller && caller !== node) {
        caller.offsetLeft = offsets[i + 1];
        caller.offsetTop = offsets[i + 2];
      }
    }
  }

  _track(element) {
    this._elements.set(element._handle, element);
    return element;
  }

  _allocate() {
    return this._free.length > 0 ? this._free.pop() : this._next++;
  }

  _release(element) {
    if (element._handle === ROOT_HANDLE || element._handle === 0) return;
    this._sink.release(element._handle);
    this._elements.delete(element._handle);
    this._free.push(element._handle);
    element._handle = 0;
  }
}

module.exports = { ComposedContext, ROOT_HANDLE, SINK_METHODS };
