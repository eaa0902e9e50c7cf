// wx.createIntersectionObserver and a component's this.createIntersectionObserver (docs/queries.md).
// Targets and the relative node are resolved here in the component's shadow tree; the render side
// keeps the observer, evaluates it after each layout and scroll, and posts a notification each
// time a target's intersection ratio crosses one of the thresholds (the first evaluation compares
// with `initialRatio`). Notifications arrive as answers that keep the request open.
'use strict';

const { handleOf, pageOf, elementOf } = require('./render-channel.js');

class IntersectionObserver {
  constructor(runtime, component, options) {
    options = options || {};
    this._runtime = runtime;
    this._component = component;
    const thresholds = Array.isArray(options.thresholds) && options.thresholds.length > 0 ? options.thresholds : [0];
    this._thresholds = thresholds.map(Number).filter((t) => t >= 0 && t <= 1).sort((a, b) => a - b);
    this._initialRatio = Number(options.initialRatio) || 0;
    this._observeAll = !!options.observeAll;
    this._relative = undefined; // undefined: not chosen yet; null: the viewport; else a selector
    this._margins = null;
    this._requests = [];
  }

  relativeTo(selector, margins) {
    this._relative = String(selector);
    this._margins = normalise(margins);
    return this;
  }

  relativeToViewport(margins) {
    this._relative = null;
    this._margins = normalise(margins);
    return this;
  }

  observe(selector, callback) {
    if (this._relative === undefined) throw new Error('`relativeTo` or `relativeToViewport` should be called before observe');
    const scope = elementOf(this._component);
    const root = scope && typeof scope.getShadowRoot === 'function' ? scope.getShadowRoot() : null;
    if (!root) return;
    const targets = this._observeAll ? root.querySelectorAll(selector) : [root.querySelector(selector)].filter(Boolean);
    let relative = 0;
    if (this._relative !== null) {
      const node = root.querySelector(this._relative);
      if (!node) return; // WeChat observes nothing when the relative node is missing
      relative = handleOf(node);
    }
    const page = pageOf(this._component) || (this._runtime ? this._runtime.router.current : null);
    if (!page || !this._runtime || targets.length === 0) return;
    const runtime = this._runtime;
    const operands = {
      targets: targets.map(handleOf),
      relative,
      margins: this._margins,
      thresholds: this._thresholds,
      initialRatio: this._initialRatio,
    };
    const id = runtime.render.request(page.id, 'observe', operands, (change) => {
      const node = targets[change.target];
      const result = {
        id: node ? node.id || '' : '',
        dataset: node ? Object.assign({}, node.dataset) : {},
        intersectionRatio: change.intersectionRatio,
        intersectionRect: change.intersectionRect,
        boundingClientRect: change.boundingClientRect,
        relativeRect: change.relativeRect,
        time: change.time,
      };
      try {
        callback.call(this._component, result);
      } catch (e) {
        runtime.reportError(e, 'IntersectionObserver callback');
      }
    });
    if (id) this._requests.push({ id, page: page.id });
  }

  disconnect() {
    const requests = this._requests;
    this._requests = [];
    for (const { id, page } of requests) {
      this._runtime.render.close(id);
      this._runtime.render.request(page, 'unobserve', { id });
    }
  }
}

function normalise(margins) {
  const m = margins || {};
  return { left: Number(m.left) || 0, top: Number(m.top) || 0, right: Number(m.right) || 0, bottom: Number(m.bottom) || 0 };
}

module.exports = { IntersectionObserver };
