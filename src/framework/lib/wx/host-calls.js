// Calls answered by the C# host in a later task (wx.login, wx.request, …): each gets an id; the
// host settles it through __sparrowHost.settle(id, ok, payload, kind), where kind 'done' ends the
// call and any other kind (e.g. 'headers') is a step before the end.
'use strict';

function createHostCalls() {
  let next = 1;
  const pending = new Map();
  return {
    /** Registers `listener(ok, payload, kind)` and returns the id to pass to the host. */
    open(listener) {
      const id = next++;
      pending.set(id, listener);
      return id;
    },
    settle(id, ok, payload, kind) {
      const listener = pending.get(id);
      if (!listener) return;
      if (kind === undefined || kind === 'done') pending.delete(id);
      listener(ok, payload, kind || 'done');
    },
    /** Forgets call `id` (a disconnected observer): a later settle finds nothing. */
    close(id) { pending.delete(id); },
    get size() { return pending.size; },
  };
}

module.exports = { createHostCalls };
