// A page's sink when the host takes the binary op stream: every call goes to the page's op
// writer (what the render thread builds the page from) and to a recording sink (what
// `dumpTree`, `currentSink` and the tests read), with the same handles, in the same order.
'use strict';

const { SINK_METHODS } = require('./backend.js');

// Takes the calls of a page that has closed: the render side has dropped its tree.
const NO_WRITER = {};
for (const name of SINK_METHODS) NO_WRITER[name] = () => undefined;

class TeeSink {
  constructor(recording, writer) {
    this.recording = recording;
    this.writer = writer;
  }

  /** The op writer wants a page's stylesheets before its nodes (PageHost holds the tree calls back). */
  get styleSheetsFirst() { return true; }

  /** The host has been told the page closed: what glass-easel does afterwards (releasing the tree) is not sent. */
  closeConnection() { this.writer = NO_WRITER; }

  // The recording sink's index is the one glass-easel gets; the writer counts the same calls.
  appendStyleSheet(path, scope) {
    this.writer.appendStyleSheet(path, scope);
    return this.recording.appendStyleSheet(path, scope);
  }
}

for (const name of SINK_METHODS) {
  if (name === 'appendStyleSheet') continue;
  TeeSink.prototype[name] = function tee(a, b, c, d) {
    this.writer[name](a, b, c, d);
    this.recording[name](a, b, c, d);
  };
}

module.exports = { TeeSink };
