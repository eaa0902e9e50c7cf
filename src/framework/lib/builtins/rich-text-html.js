// The HTML string form of <rich-text nodes>, read into the array form WeChat documents
// ({name, attrs, children} / {type: 'text', text}). Tolerant as a browser is: unclosed tags close
// at the end or at an enclosing tag's close, a stray close tag is skipped, comments and
// doctype-like declarations are dropped; character references are decoded in text and attribute
// values. No validation here: rich-text.js applies the element whitelist.
'use strict';

/** Elements that never have children. */
const VOID = new Set(['br', 'hr', 'img', 'col', 'wbr', 'input', 'meta', 'link', 'area', 'base', 'source']);

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', copy: '\u00a9', reg: '\u00ae', middot: '\u00b7', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', yen: '\u00a5' };

/** Decodes `&name;`, `&#NN;` and `&#xHH;`; an unknown reference stays as written. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED[ref.toLowerCase()];
    return named === undefined ? whole : named;
  });
}

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function readAttributes(text) {
  const attrs = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    const value = m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : '';
    attrs[m[1].toLowerCase()] = decodeEntities(value);
  }
  return attrs;
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<\/\s*([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;

/** The nodes of an HTML fragment, in WeChat's array form. */
function parseHtml(html) {
  const root = { name: '', children: [] };
  const open = [root];
  const top = () => open[open.length - 1];
  const text = (from, to) => {
    if (to > from) top().children.push({ type: 'text', text: decodeEntities(html.slice(from, to)) });
  };
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    text(at, m.index);
    at = TAG.lastIndex;
    if (m[1]) {
      const name = m[1].toLowerCase();
      const depth = open.map((n) => n.name).lastIndexOf(name);
      if (depth > 0) open.length = depth; // closes it and anything left open inside it
    } else if (m[2]) {
      const node = { name: m[2].toLowerCase(), attrs: readAttributes(m[3] || ''), children: [] };
      top().children.push(node);
      if (!m[4] && !VOID.has(node.name)) open.push(node);
    }
  }
  text(at, html.length);
  return root.children;
}

module.exports = { parseHtml, decodeEntities };
