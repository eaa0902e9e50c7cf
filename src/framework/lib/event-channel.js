// wx.navigateTo's EventChannel: the opener and the opened page each hold one end. `emit` on one
// end runs the listeners registered on the other end (the opener's come from `events`).
'use strict';

class EventChannel {
  constructor() {
    this._listeners = new Map();
    this._peer = null;
  }

  static pair() {
    const a = new EventChannel();
    const b = new EventChannel();
    a._peer = b;
    b._peer = a;
    return [a, b];
  }

  on(name, listener) {
    if (typeof listener !== 'function') return;
    const list = this._listeners.get(name) || [];
    list.push({ listener, once: false });
    this._listeners.set(name, list);
  }

  once(name, listener) {
    if (typeof listener !== 'function') return;
    const list = this._listeners.get(name) || [];
    list.push({ listener, once: true });
    this._listeners.set(name, list);
  }

  off(name, listener) {
    if (listener === undefined) {
      this._listeners.delete(name);
      return;
    }
    const list = this._listeners.get(name);
    if (list) this._listeners.set(name, list.filter((e) => e.listener !== listener));
  }

  emit(name, ...args) {
    if (this._peer) this._peer._dispatch(name, args);
  }

  _dispatch(name, args) {
    const list = this._listeners.get(name);
    if (!list) return;
    this._listeners.set(name, list.filter((e) => !e.once));
    for (const entry of list) entry.listener.apply(undefined, args);
  }
}

module.exports = { EventChannel };
