// The logic thread's half of the op stream (docs/op-stream.md, version 1): every call glass-easel's
// composed backend makes becomes one record written in place into an ArrayBuffer whose memory C#
// owns. Nothing is serialised per call and nothing crosses to C# until the task ends (or another
// page's writer claims the buffer, below): then the channel's end-of-task hook reads the control
// words, prefixes the header and takes the batch.
//
// Shared state, in an Int32Array `control` over C#-owned memory:
//   control[0]  end of the records written so far (records start at RECORDS_START)
//   control[1]  number of records written in this batch (DefineName records included)
//   control[2]  flags for this batch's header (bit 0: reset the reader's name table)
//   control[3]  the connection (page id) whose records the buffer holds; 0: none, or a writer
//               made without a connection (one connection for the whole channel)
// C# resets them after taking a batch, so the writer reads them afresh for every record.
//
// Connections: each page is one connection of the stream, with its own name table and handle
// space. Its writer (`OpWriter.forPage`) shares the channel's one buffer with the other pages'
// writers and *claims* it at its first record after another page wrote: `ops.cut()` makes C#
// take the other page's records as a batch of that page, then the claiming writer stamps its own
// id (and, for its first batch, the reset flag) into the control words. So a task that touches
// two pages gives one batch per page run, in the order written.
'use strict';

const RECORDS_START = 16;

const Op = Object.freeze({
  DefineName: 0x01,
  CreateElement: 0x10, CreateText: 0x11, CreateFragment: 0x12, CreateVirtualHost: 0x13, Release: 0x14,
  AppendChild: 0x20, InsertBefore: 0x21, RemoveChild: 0x22, ReplaceChild: 0x23,
  SpliceBefore: 0x24, SpliceAppend: 0x25, SpliceRemove: 0x26,
  SetId: 0x30, SetStyleScope: 0x31, SetStyle: 0x32, AddClass: 0x33, RemoveClass: 0x34, ClearClasses: 0x35,
  SetAttribute: 0x36, RemoveAttribute: 0x37, SetDataset: 0x38, SetText: 0x39, SetListenerStats: 0x3a,
  RegisterStyleSheet: 0x40, AppendStyleSheet: 0x41, DisableStyleSheet: 0x42,
});

const ValueKind = Object.freeze({ String: 0, True: 1, False: 2, Number: 3, Null: 4 });

// Bytes a string needs in UTF-8 (lone surrogates count as U+FFFD, 3 bytes).
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

class OpWriter {
  /**
   * @param {ArrayBuffer} buffer   records are written here (C#-owned memory)
   * @param {Int32Array} control   the three control words described above
   * @param {(needed: number) => ArrayBuffer | undefined} overflow  asks C# to take the records so
   *   far as part of this task's batch; returns a larger buffer when `needed` bytes would not fit
   *   in an empty one
   */
  constructor(buffer, control, overflow, connection) {
    this._control = control;
    this._overflow = overflow;
    this._names = new Map([['', 0]]);
    this._sheets = 0; // stylesheets appended so far: appendStyleSheet returns the new one's index
    // { id, channel }: see forPage. Without one, the writer owns the channel alone (id 0).
    this._id = connection ? connection.id : 0;
    this._channel = connection ? connection.channel : null;
    this._fresh = !!connection;
    this._use(buffer);
    if (connection) return; // control words untouched until the first record claims them
    control[0] = RECORDS_START;
    control[1] = 0;
    control[2] = 1; // the first batch of a connection resets the reader's name table
  }

  /**
   * The writer of page `id` (≥ 1) on the channel `ops` (`__sparrow_ops`: buffer, control,
   * overflow, cut), one of several pages sharing it.
   */
  static forPage(ops, id) {
    return new OpWriter(ops.buffer, ops.control, ops.overflow, { id, channel: ops });
  }

  /** A renderer wants a page's stylesheets before its nodes (PageHost holds the tree calls back). */
  get styleSheetsFirst() { return true; }

  _use(buffer) {
    this._bytes = new Uint8Array(buffer);
    this._view = new DataView(buffer);
  }

  // Another page's records (if any) leave as that page's batch; this page's start here.
  _claim() {
    const control = this._control;
    if (control[3] !== 0) this._channel.cut();
    // Another page's writer may have grown (replaced) the buffer meanwhile.
    if (this._bytes.buffer !== this._channel.buffer) this._use(this._channel.buffer);
    control[3] = this._id;
    control[2] = this._fresh ? 1 : 0; // the first batch of a connection resets the reader's name table
    this._fresh = false;
  }

  // Starts a record of at most `max` bytes and returns where to write it.
  _begin(max) {
    if (this._control[3] !== this._id) this._claim();
    let p = this._control[0];
    if (p + max > this._bytes.length) {
      const bigger = this._overflow(max);
      if (bigger) {
        this._use(bigger);
        if (this._channel) this._channel.buffer = bigger;
      }
      p = this._control[0];
      if (p + max > this._bytes.length) throw new RangeError(`op stream: a record of ${max} bytes does not fit`);
    }
    return p;
  }

  _end(p) {
    this._control[0] = p;
    this._control[1] += 1;
  }

  _varuint(p, v) {
    const b = this._bytes;
    v >>>= 0;
    while (v >= 0x80) { b[p++] = (v & 0x7f) | 0x80; v >>>= 7; }
    b[p++] = v;
    return p;
  }

  _string(p, s) {
    const b = this._bytes;
    p = this._varuint(p, utf8Length(s));
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) { b[p++] = c; continue; }
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && (d & 0xfc00) === 0xdc00) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; } else c = 0xfffd;
      }
      if (c < 0x800) { b[p++] = 0xc0 | (c >> 6); b[p++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { b[p++] = 0xe0 | (c >> 12); b[p++] = 0x80 | ((c >> 6) & 63); b[p++] = 0x80 | (c & 63); }
      else { b[p++] = 0xf0 | (c >> 18); b[p++] = 0x80 | ((c >> 12) & 63); b[p++] = 0x80 | ((c >> 6) & 63); b[p++] = 0x80 | (c & 63); }
    }
    return p;
  }

  // The index of a name; its DefineName record is written the first time (before the record using it).
  _name(name) {
    let index = this._names.get(name);
    if (index === undefined) {
      index = this._names.size;
      this._names.set(name, index);
      let p = this._begin(1 + 5 + name.length * 3);
      this._bytes[p++] = Op.DefineName;
      this._end(this._string(p, name));
    }
    return index;
  }

  // A record of opcode + handles/varuints only.
  _simple(op, a, b, c, d, count) {
    let p = this._begin(1 + 5 * count);
    this._bytes[p++] = op;
    if (count > 0) p = this._varuint(p, a);
    if (count > 1) p = this._varuint(p, b);
    if (count > 2) p = this._varuint(p, c);
    if (count > 3) p = this._varuint(p, d);
    this._end(p);
  }

  // A record of opcode + one handle + one string.
  _withString(op, node, s) {
    s = String(s);
    let p = this._begin(1 + 5 + 5 + s.length * 3);
    this._bytes[p++] = op;
    p = this._varuint(p, node);
    this._end(this._string(p, s));
  }

  _value(op, node, name, value) {
    const n = this._name(name);
    const text = value === null || value === undefined || typeof value === 'boolean' || typeof value === 'number' ? '' : String(value);
    let p = this._begin(1 + 5 + 5 + 1 + 8 + 5 + text.length * 3);
    const b = this._bytes;
    b[p++] = op;
    p = this._varuint(p, node);
    p = this._varuint(p, n);
    if (value === null || value === undefined) b[p++] = ValueKind.Null;
    else if (value === true) b[p++] = ValueKind.True;
    else if (value === false) b[p++] = ValueKind.False;
    else if (typeof value === 'number') { b[p++] = ValueKind.Number; this._view.setFloat64(p, value, true); p += 8; }
    else { b[p++] = ValueKind.String; p = this._string(p, text); }
    this._end(p);
  }

  // ---- one method per composed-backend call; node handles are numbers chosen by the caller ----
  createElement(node, logicalName, stylingName) {
    const a = this._name(logicalName);
    const b = this._name(stylingName);
    this._simple(Op.CreateElement, node, a, b, 0, 3);
  }
  createText(node, content) { this._withString(Op.CreateText, node, content); }
  createFragment(node) { this._simple(Op.CreateFragment, node, 0, 0, 0, 1); }
  createVirtualHost(node, logicalName) { this._simple(Op.CreateVirtualHost, node, this._name(logicalName), 0, 0, 2); }
  release(node) { this._simple(Op.Release, node, 0, 0, 0, 1); }
  appendChild(parent, child) { this._simple(Op.AppendChild, parent, child, 0, 0, 2); }
  insertBefore(parent, child, before) { this._simple(Op.InsertBefore, parent, child, before || 0, 0, 3); }
  removeChild(parent, child) { this._simple(Op.RemoveChild, parent, child, 0, 0, 2); }
  replaceChild(parent, child, oldChild) { this._simple(Op.ReplaceChild, parent, child, oldChild, 0, 3); }
  spliceBefore(parent, before, deleteCount, fragment) { this._simple(Op.SpliceBefore, parent, before, deleteCount, fragment, 4); }
  spliceAppend(parent, fragment) { this._simple(Op.SpliceAppend, parent, fragment, 0, 0, 2); }
  spliceRemove(parent, before, deleteCount) { this._simple(Op.SpliceRemove, parent, before, deleteCount, 0, 3); }
  setId(node, id) { this._withString(Op.SetId, node, id); }
  // Scopes travel plus one, so that 0 means "undefined".
  setStyleScope(node, scope, extra, host) {
    this._simple(Op.SetStyleScope, node, scope === undefined ? 0 : scope + 1, extra === undefined ? 0 : extra + 1, host === undefined ? 0 : host + 1, 4);
  }
  setStyle(node, styleText) { this._withString(Op.SetStyle, node, styleText); }
  addClass(node, name, scope) { this._simple(Op.AddClass, node, this._name(name), scope === undefined ? 0 : scope + 1, 0, 3); }
  removeClass(node, name, scope) { this._simple(Op.RemoveClass, node, this._name(name), scope === undefined ? 0 : scope + 1, 0, 3); }
  clearClasses(node) { this._simple(Op.ClearClasses, node, 0, 0, 0, 1); }
  setAttribute(node, name, value) { this._value(Op.SetAttribute, node, name, value); }
  removeAttribute(node, name) { this._simple(Op.RemoveAttribute, node, this._name(name), 0, 0, 2); }
  setDataset(node, name, value) { this._value(Op.SetDataset, node, name, value); }
  setText(node, content) { this._withString(Op.SetText, node, content); }
  setListenerStats(node, type, capture, mutLevel) {
    const t = this._name(type);
    let p = this._begin(1 + 5 + 5 + 1 + 5);
    this._bytes[p++] = Op.SetListenerStats;
    p = this._varuint(p, node);
    p = this._varuint(p, t);
    this._bytes[p++] = capture ? 1 : 0;
    this._end(this._varuint(p, mutLevel));
  }
  registerStyleSheet(path, content) {
    path = String(path);
    content = String(content);
    let p = this._begin(1 + 10 + (path.length + content.length) * 3);
    this._bytes[p++] = Op.RegisterStyleSheet;
    p = this._string(p, path);
    this._end(this._string(p, content));
  }
  appendStyleSheet(path, scope) {
    path = String(path);
    let p = this._begin(1 + 10 + path.length * 3);
    this._bytes[p++] = Op.AppendStyleSheet;
    p = this._string(p, path);
    this._end(this._varuint(p, scope === undefined ? 0 : scope + 1));
    return this._sheets++;
  }
  disableStyleSheet(index) { this._simple(Op.DisableStyleSheet, index, 0, 0, 0, 1); }
}

module.exports = { OpWriter, RECORDS_START };
