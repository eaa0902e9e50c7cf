// <rich-text nodes space user-select>: `nodes` is an HTML string (read by rich-text-html.js) or
// WeChat's array form ({name, attrs, children} / {type: 'text', text}); each allowed element
// becomes a real element in the component's shadow tree (so layout, paint and text handle it as
// any other), each text a text node. Elements off WeChat's whitelist are dropped with a warning on
// the console, their children kept; `class` and `style` work on every element, the few
// documented attributes (img src/width/height, td colspan, …) are kept as attributes. `space`
// (ensp / emsp / nbsp) turns each space of the text into that space character. `img` becomes an
// `image` element (the host's image pipeline loads it; its width and height attributes size it).
'use strict';

const { defineBuiltin } = require('./define.js');
const { parseHtml } = require('./rich-text-html.js');

const template = ``;

/** WeChat's rich-text element whitelist (developers.weixin.qq.com/miniprogram/dev/component/rich-text.html). */
const ALLOWED = new Set(('a abbr address article aside b bdi bdo big blockquote br caption center cite code col colgroup dd del div dl dt em fieldset font footer h1 h2 h3 h4 h5 h6 header hr i img ins label legend li mark nav ol p pre q rt ruby s section small span strong sub sup table tbody td tfoot th thead tr tt u ul').split(' '));

/** Attributes kept besides class and style, per element (the documented ones). */
const ATTRIBUTES = {
  col: ['span', 'width'], colgroup: ['span', 'width'], img: ['alt', 'src', 'height', 'width'],
  ol: ['start', 'type'], table: ['width'], td: ['colspan', 'height', 'rowspan', 'width'],
  th: ['colspan', 'height', 'rowspan', 'width'], font: ['color', 'size', 'face'],
};

const SPACES = { ensp: '\u2002', emsp: '\u2003', nbsp: '\u00a0' };

/** A width/height attribute as a CSS length (a bare number is px). */
function cssLength(value) {
  const text = String(value).trim();
  return /^\d+(\.\d+)?$/.test(text) ? `${text}px` : text;
}

/** Appends `nodes` (array form) under `parent`, created in `shadowRoot`. */
function build(shadowRoot, parent, nodes, space, warn) {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'text') {
      let text = node.text == null ? '' : String(node.text);
      if (SPACES[space]) text = text.replace(/ /g, SPACES[space]);
      parent.appendChild(shadowRoot.createTextNode(text));
      continue;
    }
    const name = String(node.name || '').toLowerCase();
    if (!ALLOWED.has(name)) {
      warn(name);
      build(shadowRoot, parent, node.children, space, warn);
      continue;
    }
    const element = shadowRoot.createNativeNode(name === 'img' ? 'image' : name);
    const attrs = node.attrs && typeof node.attrs === 'object' ? node.attrs : {};
    let style = attrs.style == null ? '' : String(attrs.style);
    if (name === 'img') {
      if (attrs.width != null) style = `width: ${cssLength(attrs.width)}; ${style}`;
      if (attrs.height != null) style = `height: ${cssLength(attrs.height)}; ${style}`;
    }
    if (attrs.class != null) element.class = String(attrs.class);
    if (style) element.setNodeStyle(style);
    for (const attr of ATTRIBUTES[name] || []) {
      if (attrs[attr] != null) element.setAttribute(attr, String(attrs[attr]));
    }
    build(shadowRoot, element, node.children, space, warn);
    parent.appendChild(element);
  }
}

const definition = defineBuiltin({
  properties: {
    nodes: { type: null, value: [], observer() { this.__render(); } },
    space: { type: String, value: '', observer() { this.__render(); } },
    userSelect: { type: Boolean, value: false },
  },
  lifetimes: {
    attached() { this.__render(); },
  },
  methods: {
    __render() {
      const shadowRoot = this._$.getShadowRoot();
      if (!shadowRoot) return;
      const { nodes, space } = this.data;
      if (this.__shown && this.__shown.nodes === nodes && this.__shown.space === space) return;
      this.__shown = { nodes, space };
      const count = shadowRoot.childNodes.length;
      if (count > 0) shadowRoot.removeChildren(0, count);
      const list = typeof nodes === 'string' ? parseHtml(nodes) : nodes;
      const warned = new Set();
      const warn = (name) => {
        if (warned.has(name)) return;
        warned.add(name);
        console.warn(`rich-text: <${name || '?'}> is not a supported element; its content is shown without it`);
      };
      build(shadowRoot, shadowRoot, Array.isArray(list) ? list : [], space, warn);
    },
  },
});

// apply-shared: the nodes' classes also match app.wxss (the app's shared scope), as WeChat's do.
module.exports = { tag: 'rich-text', template, definition, styleIsolation: 'apply-shared' };
