// wx.createSelectorQuery and a component's this.createSelectorQuery (docs/queries.md). Selectors
// are resolved here, with glass-easel's own querySelector(All) on the shadow root of the scope
// component (the page, or what `in(component)` names: WeChat's scoping); what only layout knows
// (rect, size, scroll offsets, computed style) is asked of the render side in ONE request per
// exec, answered after its next layout. Callbacks then run in the order the queries were made,
// each NodesRef's first, then exec's with every result.
'use strict';

const { handleOf, pageOf, elementOf } = require('./render-channel.js');

const RECT = { id: true, dataset: true, rect: true, size: true };
const SCROLL = { id: true, dataset: true, scrollOffset: true };

class NodesRef {
  constructor(query, component, selector, single) {
    this._query = query;
    this._component = component;
    this._selector = selector;
    this._single = single;
  }

  fields(fields, callback) { return this._query._push(this, fields || {}, callback); }

  boundingClientRect(callback) { return this._query._push(this, RECT, callback); }

  scrollOffset(callback) { return this._query._push(this, SCROLL, callback); }
}

class SelectorQuery {
  constructor(runtime, component) {
    this._runtime = runtime;
    this._component = component;
    this._queue = [];
  }

  /** Later selects look inside `component`'s shadow tree. */
  in(component) {
    this._component = component;
    return this;
  }

  select(selector) { return new NodesRef(this, this._component, String(selector), true); }

  selectAll(selector) { return new NodesRef(this, this._component, String(selector), false); }

  selectViewport() { return new NodesRef(this, this._component, null, true); }

  _push(ref, fields, callback) {
    this._queue.push({ ref, fields, callback: typeof callback === 'function' ? callback : null });
    return this;
  }

  exec(callback) {
    const runtime = this._runtime;
    const queue = this._queue;
    this._queue = [];
    const items = queue.map((entry) => resolve(entry));
    const page = pageOf(this._component) || (runtime ? runtime.router.current : null);
    const wanted = items.map((item) => ({
      nodes: item.nodes === null ? null : item.nodes.map(handleOf),
      rect: !!(item.fields.rect || item.fields.size),
      scrollOffset: !!item.fields.scrollOffset,
      computedStyle: Array.isArray(item.fields.computedStyle) ? item.fields.computedStyle.map(kebab) : [],
    }));
    const finish = (answer) => {
      const results = items.map((item, i) => build(item, answer ? answer[i] : null, runtime));
      items.forEach((item, i) => call(runtime, item.callback, results[i]));
      call(runtime, callback, results);
    };
    if (!page || !runtime || !runtime.render.enabled) {
      setTimeout(() => finish(null), 0);
      return this;
    }
    runtime.render.request(page.id, 'query', { items: wanted }, (answer) => finish(answer));
    return this;
  }
}

/** The nodes a queued NodesRef names now (null: the viewport). */
function resolve(entry) {
  const { ref, fields, callback } = entry;
  if (ref._selector === null) return { nodes: null, single: true, fields, callback };
  const scope = elementOf(ref._component);
  const root = scope && typeof scope.getShadowRoot === 'function' ? scope.getShadowRoot() : null;
  let nodes = [];
  if (root) {
    if (ref._single) {
      const node = root.querySelector(ref._selector);
      nodes = node ? [node] : [];
    } else {
      nodes = root.querySelectorAll(ref._selector);
    }
  }
  return { nodes, single: ref._single, fields, callback };
}

/** One NodesRef's result: an object (null when nothing matched) or, for selectAll, an array. */
function build(item, answer, runtime) {
  if (item.nodes === null) return fill(null, item.fields, answer ? answer[0] : null, runtime);
  const list = item.nodes.map((node, i) => fill(node, item.fields, answer ? answer[i] : null, runtime));
  return item.single ? (list.length > 0 ? list[0] : null) : list;
}

function fill(node, fields, box, runtime) {
  const result = {};
  if (fields.id) result.id = node ? node.id || '' : '';
  if (fields.dataset) result.dataset = node ? Object.assign({}, node.dataset) : {};
  if (fields.mark && node && typeof node.collectMarks === 'function') result.mark = node.collectMarks();
  if (fields.rect) Object.assign(result, pick(box, ['left', 'top', 'right', 'bottom']));
  if (fields.size) Object.assign(result, pick(box, ['width', 'height']));
  if (fields.scrollOffset) Object.assign(result, pick(box, ['scrollLeft', 'scrollTop', 'scrollWidth', 'scrollHeight']));
  if (Array.isArray(fields.computedStyle)) {
    const styles = (box && box.computedStyle) || {};
    for (const name of fields.computedStyle) result[name] = Object.prototype.hasOwnProperty.call(styles, kebab(name)) ? styles[kebab(name)] : '';
  }
  if (Array.isArray(fields.properties) && node && runtime) {
    const glassEasel = runtime.glassEasel;
    if (glassEasel.Component.isComponent(node)) {
      for (const name of fields.properties) {
        if (glassEasel.Component.hasProperty(node, name)) result[name] = glassEasel.dataUtils.simpleDeepCopy(node.data[name]);
      }
    }
  }
  return result;
}

function pick(box, names) {
  const out = {};
  for (const name of names) out[name] = box && typeof box[name] === 'number' ? box[name] : 0;
  return out;
}

/** `backgroundColor` → `background-color` (WeChat takes either spelling). */
function kebab(name) {
  return String(name).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

function call(runtime, callback, value) {
  if (typeof callback !== 'function') return;
  try {
    callback(value);
  } catch (e) {
    if (runtime) runtime.reportError(e, 'SelectorQuery callback'); else throw e;
  }
}

module.exports = { SelectorQuery };
