// Converts a paint case (static WXML + WXSS, the suite's base.wxss) into the HTML that WeChat's
// WebView renderer would show for it, so headless Chromium can draw the reference. The rules are
// listed in ../README.md ("Conversion"); each one is a function here.
//
// Scope: the cases are static pages. Data binding ({{ }}), wx:if/wx:for, <block>, <import>,
// templates and components other than view, text and image are rejected with an error naming the
// case, so a case never silently means something else in Chromium than in Sparrow.

/** WXML tag → HTML tag, and the marker class the rewritten WXSS type selectors match. */
export const TAGS = {
  view: { html: 'div', marker: 'wx-view' },
  text: { html: 'span', marker: 'wx-text' },
  image: { html: 'div', marker: 'wx-image' },
};

/**
 * The built-in style of WeChat's components that a browser does not have (HTML side only: in
 * Sparrow these come from the components themselves). `div:where(.wx-image)` has the specificity
 * of one type selector, as WeChat's own `wx-image` rule does, so any class in a case beats it.
 */
export const BUILTIN_CSS =
  'div:where(.wx-image){width:320px;height:240px;display:inline-block;overflow:hidden}';

/**
 * image `mode` → the background longhands WeChat's WebView puts on the image's inner box (a div
 * filling the image's content box; the case's class and style go on the outer box).
 * widthFix/heightFix size the element from the image's aspect ratio; cases give both sizes
 * explicitly, and then these two draw as scaleToFill.
 */
export const IMAGE_MODES = {
  scaleToFill: { size: '100% 100%', position: '0% 0%' },
  aspectFit: { size: 'contain', position: 'center center' },
  aspectFill: { size: 'cover', position: 'center center' },
  widthFix: { size: '100% 100%', position: '0% 0%' },
  heightFix: { size: '100% 100%', position: '0% 0%' },
  top: { size: 'auto', position: 'center top' },
  bottom: { size: 'auto', position: 'center bottom' },
  center: { size: 'auto', position: 'center center' },
  left: { size: 'auto', position: 'left center' },
  right: { size: 'auto', position: 'right center' },
  'top left': { size: 'auto', position: 'left top' },
  'top right': { size: 'auto', position: 'right top' },
  'bottom left': { size: 'auto', position: 'left bottom' },
  'bottom right': { size: 'auto', position: 'right bottom' },
};

/** The page root: WXSS `page` is the `body` element in WeChat's WebView. */
const PAGE_SELECTOR = 'body';

/**
 * rpx → px as the official wcsc does at a device width (see conformance/css/wcsc): value ×
 * width / 750, rounded down (with a 1e-4 nudge), and a non-zero value that rounds to 0 becomes 1px.
 */
export function rpxToPx(value, width = 375) {
  const v = Math.floor(value * width / 750 + 1e-4);
  return v === 0 && value !== 0 ? 1 : v;
}

/** A package path (`/images/grid.png`) → its URL from conformance/paint/html/. */
export function packageUrl(p) {
  if (p.startsWith('data:')) return p;
  if (!p.startsWith('/')) throw new Error(`image path must be package-absolute (/images/...): ${p}`);
  return '..' + p;
}

// ---------------------------------------------------------------- WXSS

function skipString(s, i) {
  const q = s[i];
  for (i++; i < s.length && s[i] !== q; i++) if (s[i] === '\\') i++;
  return i + 1;
}

function stripComments(s) {
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s[i] === '"' || s[i] === "'") { const j = skipString(s, i); out += s.slice(i, j); i = j; }
    else if (s.startsWith('/*', i)) { const j = s.indexOf('*/', i + 2); if (j < 0) throw new Error('unterminated comment'); i = j + 2; }
    else out += s[i++];
  }
  return out;
}

/** Rewrites a declaration list: rpx → px, package image paths → URLs from html/. */
export function convertDeclarations(decls, width = 375) {
  let out = '';
  for (let i = 0; i < decls.length;) {
    if (decls[i] === '"' || decls[i] === "'") { const j = skipString(decls, i); out += decls.slice(i, j); i = j; continue; }
    const url = /^url\(\s*(['"]?)([^'")]*)\1\s*\)/i.exec(decls.slice(i));
    if (url && (i === 0 || !/[\w-]/.test(decls[i - 1]))) {
      out += `url(${url[1]}${packageUrl(url[2])}${url[1]})`;
      i += url[0].length;
      continue;
    }
    const num = /^(-?(?:\d+\.?\d*|\.\d+))rpx\b/.exec(decls.slice(i));
    if (num && (i === 0 || !/[\w.-]/.test(decls[i - 1]))) {
      out += `${rpxToPx(parseFloat(num[1]), width)}px`;
      i += num[0].length;
      continue;
    }
    out += decls[i++];
  }
  return out;
}

/**
 * Rewrites a selector list: `page` → `body`; `view`, `text`, `image` → `div:where(.wx-view)`,
 * `span:where(.wx-text)`, `div:where(.wx-image)` (the same specificity as the type selector they
 * replace). Classes and ids stay as they are: page-level WXSS is not scoped in WeChat.
 */
export function convertSelectors(sel) {
  let out = '';
  let compoundStart = true;
  for (let i = 0; i < sel.length;) {
    const ch = sel[i];
    if (ch === '"' || ch === "'") { const j = skipString(sel, i); out += sel.slice(i, j); i = j; compoundStart = false; continue; }
    if (ch === '[') { const j = sel.indexOf(']', i); out += sel.slice(i, j + 1); i = j + 1; compoundStart = false; continue; }
    if (/[\s>+~,(]/.test(ch)) { out += ch; i++; compoundStart = true; continue; }
    if (ch === ')') { out += ch; i++; compoundStart = false; continue; }
    if (ch === '.' || ch === '#' || ch === ':' || ch === '*') {
      const m = ch === '*' ? ['*'] : /^(::?|[.#])-?[A-Za-z_][\w-]*/.exec(sel.slice(i));
      if (!m) throw new Error(`cannot read selector at "${sel.slice(i)}"`);
      out += m[0]; i += m[0].length; compoundStart = false; continue;
    }
    const m = /^[A-Za-z][\w-]*/.exec(sel.slice(i));
    if (!m) throw new Error(`cannot read selector at "${sel.slice(i)}"`);
    if (compoundStart) {
      const tag = m[0];
      if (tag === 'page') out += PAGE_SELECTOR;
      else if (TAGS[tag]) out += `${TAGS[tag].html}:where(.${TAGS[tag].marker})`;
      else throw new Error(`type selector "${tag}" is not a component the paint suite knows (page, view, text, image)`);
    } else out += m[0];
    i += m[0].length;
    compoundStart = false;
  }
  return out;
}

function findBlockEnd(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '"' || s[i] === "'") { i = skipString(s, i) - 1; continue; }
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced braces');
}

function convertRules(s, width, keyframes = false) {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ws = /^\s*/.exec(s.slice(i))[0];
    out += ws;
    i += ws.length;
    if (i >= s.length) break;
    let j = i;
    while (j < s.length && s[j] !== '{' && s[j] !== ';') {
      if (s[j] === '"' || s[j] === "'") j = skipString(s, j); else j++;
    }
    const prelude = s.slice(i, j);
    if (s[j] !== '{') throw new Error(`at-rule statements are not supported in paint cases: ${prelude.trim()}`);
    const end = findBlockEnd(s, j);
    const inner = s.slice(j + 1, end);
    const p = prelude.trim();
    if (/^@(media|supports)\b/.test(p)) out += `${convertDeclarations(p, width)} {${convertRules(inner, width)}}`;
    else if (/^@(-webkit-)?keyframes\b/.test(p)) out += `${p} {${convertRules(inner, width, true)}}`;
    else if (keyframes) out += `${p} {${convertDeclarations(inner, width)}}`;
    else if (p.startsWith('@')) throw new Error(`unsupported at-rule in a paint case: ${p}`);
    else out += `${convertSelectors(p)} {${convertDeclarations(inner, width)}}`;
    i = end + 1;
  }
  return out;
}

/** WXSS text → CSS text for the HTML side (comments dropped, the rest as written). */
export function convertWxss(wxss, width = 375) {
  return convertRules(stripComments(wxss), width).trim();
}

// ---------------------------------------------------------------- WXML

/** Parses the static WXML of a case into { tag, attrs, children } / { text } nodes. */
export function parseWxml(src) {
  const root = { tag: '#root', attrs: {}, children: [] };
  const stack = [root];
  let i = 0;
  const top = () => stack[stack.length - 1];
  while (i < src.length) {
    if (src.startsWith('<!--', i)) {
      const j = src.indexOf('-->', i);
      if (j < 0) throw new Error('unterminated comment');
      i = j + 3;
    } else if (src.startsWith('</', i)) {
      const m = /^<\/\s*([\w-]+)\s*>/.exec(src.slice(i));
      if (!m) throw new Error(`bad closing tag at ${i}`);
      const open = stack.pop();
      if (open.tag !== m[1]) throw new Error(`</${m[1]}> closes <${open.tag}>`);
      i += m[0].length;
    } else if (src[i] === '<') {
      const m = /^<([\w-]+)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/.exec(src.slice(i));
      if (!m) throw new Error(`bad tag at ${i}: ${src.slice(i, i + 40)}`);
      if (!TAGS[m[1]]) throw new Error(`<${m[1]}> is not a component the paint suite knows (view, text, image)`);
      const attrs = {};
      for (const a of m[2].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g)) attrs[a[1]] = a[2] ?? a[3] ?? '';
      for (const [k, v] of Object.entries(attrs)) {
        if (v.includes('{{')) throw new Error(`data binding in ${k}="${v}": paint cases are static`);
        if (k.startsWith('wx:') || k.startsWith('bind') || k.startsWith('catch')) throw new Error(`attribute ${k} is not supported in paint cases`);
      }
      const node = { tag: m[1], attrs, children: [] };
      top().children.push(node);
      if (!m[3]) stack.push(node);
      i += m[0].length;
    } else {
      const j = src.indexOf('<', i);
      const text = src.slice(i, j < 0 ? src.length : j);
      if (text.includes('{{')) throw new Error(`data binding in text "${text.trim()}": paint cases are static`);
      // Whitespace-only text between tags is dropped, as WeChat's template compiler does.
      if (text.trim()) top().children.push({ text });
      i += text.length;
    }
  }
  if (stack.length !== 1) throw new Error(`<${top().tag}> is not closed`);
  return root.children;
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');

/** The image's inner box: WeChat's `wx-image > div`, 100% of the content box, the mode's background. */
function imageInner(attrs) {
  const modeName = attrs.mode ?? 'scaleToFill';
  const mode = IMAGE_MODES[modeName];
  if (!mode) throw new Error(`unknown image mode "${modeName}"`);
  if (!attrs.src) throw new Error('<image> without src');
  return `<div style="width:100%;height:100%;background-image:url(&quot;${escapeAttr(packageUrl(attrs.src))}&quot;);` +
    `background-size:${mode.size};background-position:${mode.position};background-repeat:no-repeat"></div>`;
}

function toHtmlNode(node, width) {
  if ('text' in node) return escapeText(node.text);
  const { html, marker } = TAGS[node.tag];
  const a = node.attrs;
  const classes = [marker, ...(a.class ?? '').split(/\s+/).filter(Boolean)].join(' ');
  let out = `<${html} class="${escapeAttr(classes)}"`;
  if (a.id) out += ` id="${escapeAttr(a.id)}"`;
  if (a.style) out += ` style="${escapeAttr(convertDeclarations(a.style, width).trim())}"`;
  for (const k of Object.keys(a)) {
    if (!['class', 'id', 'style', 'src', 'mode'].includes(k)) throw new Error(`attribute ${k} is not supported in paint cases`);
    if ((k === 'src' || k === 'mode') && node.tag !== 'image') throw new Error(`${k} on <${node.tag}>`);
  }
  if (node.tag === 'image') {
    if (node.children.length) throw new Error('<image> has children');
    return `${out}>${imageInner(a)}</${html}>`;
  }
  return `${out}>${node.children.map((c) => toHtmlNode(c, width)).join('')}</${html}>`;
}

/**
 * One case → a complete HTML document. The style sheets come in WeChat's order: the components'
 * built-in style, then base.wxss (the app sheet), then the page's own sheet.
 */
export function caseToHtml({ name, wxml, wxss, baseWxss, width = 375 }) {
  try {
    const body = parseWxml(wxml).map((n) => toHtmlNode(n, width)).join('');
    return '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n' +
      `<meta name="viewport" content="width=${width}">\n<title>${escapeText(name)}</title>\n` +
      `<!-- Generated by conformance/paint/tools/generate.mjs from cases/${name}.wxml and cases/${name}.wxss; do not edit. -->\n` +
      `<style>/* WeChat's built-in component style */\n${BUILTIN_CSS}\n</style>\n` +
      `<style>/* base.wxss */\n${convertWxss(baseWxss, width)}\n</style>\n` +
      `<style>/* cases/${name}.wxss */\n${convertWxss(wxss, width)}\n</style>\n` +
      `</head>\n<body>${body}</body>\n</html>\n`;
  } catch (e) {
    throw new Error(`${name}: ${e.message}`);
  }
}
