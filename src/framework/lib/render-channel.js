// Requests from the logic thread to the render side (docs/queries.md): node queries,
// wx.pageScrollTo, a page's scroll-event wishes and intersection observers. Each request crosses
// once, at the end of the task, in order with the page's op batches (so it sees the tree as
// written so far); the answer comes back in a later task through __sparrowHost.renderAnswer,
// which settles the host call the request opened.
'use strict';

class RenderChannel {
  /** `send` is the host's `__sparrow_mp_render(page, id, kind, json)`, or undefined without a render side. */
  constructor(send, hostCalls) {
    this._send = send;
    this._calls = hostCalls;
  }

  /** Whether a render side answers (headless sessions and embedders do; a bare runtime does not). */
  get enabled() { return typeof this._send === 'function'; }

  /**
   * Sends request `kind` with `operands` for page `pageId`; `listener(payload, done)` gets the
   * answer(s). Returns the request id (0 when nothing was sent or no answer is wanted).
   */
  request(pageId, kind, operands, listener) {
    if (!this.enabled) return 0;
    const id = listener ? this._calls.open((ok, payload, kind2) => listener(payload, kind2 === 'done')) : 0;
    this._send(pageId, id, kind, JSON.stringify(operands));
    return id;
  }

  /** Forgets request `id` (its later answers are dropped). */
  close(id) { if (id) this._calls.close(id); }
}

/** The backend handle of a glass-easel node (0: it has no element of its own, e.g. a virtual host). */
function handleOf(node) {
  const backend = node && node._$backendElement;
  return backend && typeof backend.handle === 'number' ? backend.handle : 0;
}

/** The page host a component (method caller or glass-easel element) lives in, or null. */
function pageOf(component) {
  const element = component && (component._$ || component);
  const context = element && typeof element.getBackendContext === 'function' ? element.getBackendContext() : null;
  return context && context.page ? context.page : null;
}

/** The glass-easel element of a method caller (or the element itself). */
function elementOf(component) {
  return component && component._$ ? component._$ : component;
}

module.exports = { RenderChannel, handleOf, pageOf, elementOf };
