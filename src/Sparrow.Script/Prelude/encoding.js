// Sparrow's encoding globals: TextEncoder, TextDecoder (UTF-8, per the WHATWG Encoding
// Standard), atob and btoa (per the HTML Standard's forgiving-base64). Bare V8 has none of them;
// the WXML template compiler's WASM glue needs all four.
(function (g) {
  'use strict';

  function utf8Encode(input, out, start) {
    // Writes UTF-8 for input into out from start; returns [charsRead, bytesWritten]. Lone
    // surrogates become U+FFFD, as USVString conversion requires.
    let o = start;
    let i = 0;
    const n = input.length;
    for (; i < n; i++) {
      let c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? input.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        } else {
          c = 0xfffd;
        }
      }
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (o + size > out.length) break;
      if (size === 1) {
        out[o++] = c;
      } else if (size === 2) {
        out[o++] = 0xc0 | (c >> 6); out[o++] = 0x80 | (c & 63);
      } else if (size === 3) {
        out[o++] = 0xe0 | (c >> 12); out[o++] = 0x80 | ((c >> 6) & 63); out[o++] = 0x80 | (c & 63);
      } else {
        out[o++] = 0xf0 | (c >> 18); out[o++] = 0x80 | ((c >> 12) & 63);
        out[o++] = 0x80 | ((c >> 6) & 63); out[o++] = 0x80 | (c & 63);
        i++; // the low surrogate
      }
    }
    return [i, o - start];
  }

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') {
      const text = String(input);
      const buffer = new Uint8Array(text.length * 3);
      const [, written] = utf8Encode(text, buffer, 0);
      return buffer.slice(0, written);
    }
    encodeInto(input, destination) {
      if (!(destination instanceof Uint8Array)) throw new TypeError('encodeInto needs a Uint8Array.');
      const [read, written] = utf8Encode(String(input), destination, 0);
      return { read, written };
    }
  }

  class TextDecoder {
    constructor(label = 'utf-8', options = {}) {
      const name = String(label).trim().toLowerCase();
      if (name !== 'utf-8' && name !== 'utf8' && name !== 'unicode-1-1-utf-8') {
        throw new RangeError(`TextDecoder: the encoding '${label}' is not supported (only utf-8).`);
      }
      this._fatal = Boolean(options && options.fatal);
      this._ignoreBOM = Boolean(options && options.ignoreBOM);
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return this._fatal; }
    get ignoreBOM() { return this._ignoreBOM; }
    decode(input) {
      if (input === undefined) return '';
      const bytes = input instanceof Uint8Array ? input
        : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
        : new Uint8Array(input);
      let i = 0;
      const n = bytes.length;
      if (!this._ignoreBOM && n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
      let out = '';
      let chunk = [];
      const fail = () => {
        if (this._fatal) throw new TypeError('The encoded data was not valid UTF-8.');
        chunk.push(0xfffd);
      };
      while (i < n) {
        const b = bytes[i];
        if (b < 0x80) { chunk.push(b); i++; } else {
          // Lengths and second-byte bounds from the Encoding Standard's UTF-8 decoder.
          let need = 0; let cp = 0; let lower = 0x80; let upper = 0xbf;
          if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
          else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0xf; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
          else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x7; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
          else { fail(); i++; continue; }
          let j = 1;
          for (; j <= need; j++) {
            const c = i + j < n ? bytes[i + j] : -1;
            if (c < lower || c > upper) break;
            lower = 0x80; upper = 0xbf;
            cp = (cp << 6) | (c & 0x3f);
          }
          if (j <= need) { fail(); i += j; continue; }
          i += need + 1;
          if (cp >= 0x10000) { cp -= 0x10000; chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); } else chunk.push(cp);
        }
        if (chunk.length >= 8192) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
      }
      return out + String.fromCharCode.apply(null, chunk);
    }
  }

  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) lookup[alphabet.charCodeAt(i)] = i;

  function invalid(message) {
    const error = new Error(message);
    error.name = 'InvalidCharacterError';
    return error;
  }

  g.atob = function atob(data) {
    let s = String(data).replace(/[\t\n\f\r ]+/g, '');
    if (s.length % 4 === 0) s = s.replace(/==?$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw invalid('atob: the string is not valid base64.');
    const parts = [];
    let buffer = 0; let bits = 0; let chunk = [];
    for (let i = 0; i < s.length; i++) {
      buffer = (buffer << 6) | lookup[s.charCodeAt(i)];
      bits += 6;
      if (bits >= 8) { bits -= 8; chunk.push((buffer >> bits) & 0xff); }
      if (chunk.length >= 8192) { parts.push(String.fromCharCode.apply(null, chunk)); chunk = []; }
    }
    parts.push(String.fromCharCode.apply(null, chunk));
    return parts.join('');
  };

  g.btoa = function btoa(data) {
    const s = String(data);
    let out = '';
    for (let i = 0; i < s.length; i += 3) {
      const a = s.charCodeAt(i); const b = s.charCodeAt(i + 1); const c = s.charCodeAt(i + 2);
      if (a > 255 || b > 255 || c > 255) throw invalid('btoa: the string has characters outside Latin-1.');
      const n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += alphabet[n >> 18] + alphabet[(n >> 12) & 63]
        + (i + 1 < s.length ? alphabet[(n >> 6) & 63] : '=') + (i + 2 < s.length ? alphabet[n & 63] : '=');
    }
    return out;
  };

  g.TextEncoder = TextEncoder;
  g.TextDecoder = TextDecoder;
})(globalThis);
