// wx storage over the host's durable store (one file per key, written atomically by C#).
// Values are kept as JSON text; the host enforces WeChat's limits (1 MiB per key, 10 MiB per app)
// and answers with the reason text when a write is refused.
'use strict';

const { fail } = require('./callback.js');

function typeName(value) {
  if (value === undefined) return 'Undefined';
  if (value === null) return 'Null';
  return Object.prototype.toString.call(value).slice(8, -1);
}

function checkKey(key) {
  if (typeof key !== 'string') throw fail(`parameter error: parameter.key should be String instead of ${typeName(key)};`);
}

function createStorage(storage) {
  function set(key, data) {
    checkKey(key);
    // WeChat keeps the type of Dates; everything else goes through JSON.
    const text = JSON.stringify(data instanceof Date ? { t: 'Date', v: data.getTime() } : { t: 'JSON', v: data === undefined ? null : data });
    const refusal = storage('set', key, text);
    if (refusal) throw fail(refusal);
  }
  function get(key) {
    checkKey(key);
    const text = storage('get', key);
    if (text === undefined || text === null) throw fail('data not found');
    const stored = JSON.parse(text);
    return stored.t === 'Date' ? new Date(stored.v) : stored.v;
  }
  function remove(key) {
    checkKey(key);
    storage('remove', key);
  }
  function clear() { storage('clear'); }
  function info() { return JSON.parse(storage('info')); }
  return { set, get, remove, clear, info };
}

module.exports = { createStorage };
