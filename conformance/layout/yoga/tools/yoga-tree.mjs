// Builds a Yoga tree from a fixture tree (fixture.mjs), configured as CSS would lay it out, or
// reports why Yoga cannot (Unsupported). Yoga is a flexbox engine: a box whose children are laid out
// by anything but flexbox (block, inline) has no Yoga equivalent, and neither do `order`,
// `flex-basis: content` or `visibility: collapse`.
//
// Web defaults (CSS initial values that differ from Yoga's): Config.setUseWebDefaults(true) gives
// flex-direction: row, align-content: stretch, flex-shrink: 1; we also set position: static (Yoga's
// default is relative, so every box would be a containing block for absolute descendants) and
// box-sizing: content-box (Yoga's default is border-box) on every node, and Errata.None (the
// standard-conforming behaviour; Classic keeps Yoga's pre-2.0 quirks).

import { box, length } from './fixture.mjs';

export class Unsupported extends Error {}

export function createConfig(Yoga) {
  const config = Yoga.Config.create();
  config.setUseWebDefaults(true);
  config.setErrata(Yoga.ERRATA_NONE);
  // 0 disables Yoga's pixel snapping: Chromium's boxes are LayoutUnits (1/64 px), and the
  // comparison is of the algorithms, not of their rounding.
  config.setPointScaleFactor(0);
  return config;
}

/**
 * The fixture's #test-root sits in <body>, a block box in a 375×667 viewport: the root is
 * block-level, so it fills the viewport's width (less its margins) and is as tall as its content;
 * a percentage height on it is auto (body's height is auto). We model the viewport as a Yoga column
 * with align-items: stretch, forming the containing block for absolute boxes with no positioned
 * ancestor (the initial containing block), and the root as its one item that never shrinks.
 */
export function buildFixture(Yoga, config, fixture, viewport) {
  checkRoot(fixture);
  const icb = Yoga.Node.create(config);
  icb.setFlexDirection(Yoga.FLEX_DIRECTION_COLUMN);
  icb.setAlignItems(Yoga.ALIGN_STRETCH);
  icb.setPositionType(Yoga.POSITION_TYPE_RELATIVE);
  icb.setWidth(viewport.width);
  icb.setHeight(viewport.height);
  const root = build(Yoga, config, fixture, true);
  root.setFlexShrink(0);
  if (fixture.css.get('height')?.endsWith('%')) root.setHeightAuto();
  icb.insertChild(root, 0);
  return { icb, root };
}

function checkRoot(fixture) {
  const display = fixture.css.get('display') ?? (fixture.tag === 'span' ? 'inline' : 'block');
  if (display === 'inline-flex') throw new Unsupported('root is inline-flex (shrink-to-fit in a line box)');
  const margins = ['margin', 'margin-top', 'margin-bottom'].map((p) => fixture.css.get(p) ?? '');
  if (margins.some((m) => m.includes('auto'))) throw new Unsupported('auto vertical margins on the block-level root');
}

function build(Yoga, config, el, isRoot) {
  const node = Yoga.Node.create(config);
  const css = el.css;
  const display = css.get('display') ?? (el.tag === 'span' ? 'inline' : 'block');
  node.setPositionType(Yoga.POSITION_TYPE_STATIC);
  node.setBoxSizing(Yoga.BOX_SIZING_CONTENT_BOX);
  if (display === 'none') {
    node.setDisplay(Yoga.DISPLAY_NONE);
  } else if (display !== 'flex' && display !== 'inline-flex' && el.children.length > 0) {
    // A flex item's display is blockified, so a childless block/inline box is the same box in both.
    throw new Unsupported(`display: ${display} box with children (${isRoot ? 'root' : 'descendant'})`);
  }

  const borders = [null, null, null, null];
  const styled = [false, false, false, false];
  for (const [name, value] of css) {
    apply(Yoga, node, name, value, borders, styled);
  }
  const edges = [Yoga.EDGE_TOP, Yoga.EDGE_RIGHT, Yoga.EDGE_BOTTOM, Yoga.EDGE_LEFT];
  for (let i = 0; i < 4; i++) {
    if (styled[i] && borders[i] !== null) node.setBorder(edges[i], borders[i]);
  }

  el.children.forEach((child, i) => node.insertChild(build(Yoga, config, child, false), i));
  return node;
}

const keywords = (Yoga) => ({
  'flex-direction': { row: Yoga.FLEX_DIRECTION_ROW, 'row-reverse': Yoga.FLEX_DIRECTION_ROW_REVERSE, column: Yoga.FLEX_DIRECTION_COLUMN, 'column-reverse': Yoga.FLEX_DIRECTION_COLUMN_REVERSE },
  'flex-wrap': { nowrap: Yoga.WRAP_NO_WRAP, wrap: Yoga.WRAP_WRAP, 'wrap-reverse': Yoga.WRAP_WRAP_REVERSE },
  'justify-content': { normal: Yoga.JUSTIFY_FLEX_START, 'flex-start': Yoga.JUSTIFY_FLEX_START, start: Yoga.JUSTIFY_FLEX_START, center: Yoga.JUSTIFY_CENTER, 'flex-end': Yoga.JUSTIFY_FLEX_END, end: Yoga.JUSTIFY_FLEX_END, 'space-between': Yoga.JUSTIFY_SPACE_BETWEEN, 'space-around': Yoga.JUSTIFY_SPACE_AROUND, 'space-evenly': Yoga.JUSTIFY_SPACE_EVENLY },
  align: { auto: Yoga.ALIGN_AUTO, normal: Yoga.ALIGN_STRETCH, stretch: Yoga.ALIGN_STRETCH, 'flex-start': Yoga.ALIGN_FLEX_START, start: Yoga.ALIGN_FLEX_START, center: Yoga.ALIGN_CENTER, 'flex-end': Yoga.ALIGN_FLEX_END, end: Yoga.ALIGN_FLEX_END, baseline: Yoga.ALIGN_BASELINE },
  'align-content': { normal: Yoga.ALIGN_STRETCH, stretch: Yoga.ALIGN_STRETCH, 'flex-start': Yoga.ALIGN_FLEX_START, start: Yoga.ALIGN_FLEX_START, center: Yoga.ALIGN_CENTER, 'flex-end': Yoga.ALIGN_FLEX_END, end: Yoga.ALIGN_FLEX_END, 'space-between': Yoga.ALIGN_SPACE_BETWEEN, 'space-around': Yoga.ALIGN_SPACE_AROUND, 'space-evenly': Yoga.ALIGN_SPACE_EVENLY },
  position: { static: Yoga.POSITION_TYPE_STATIC, relative: Yoga.POSITION_TYPE_RELATIVE, absolute: Yoga.POSITION_TYPE_ABSOLUTE },
  overflow: { visible: Yoga.OVERFLOW_VISIBLE, hidden: Yoga.OVERFLOW_HIDDEN, clip: Yoga.OVERFLOW_HIDDEN, scroll: Yoga.OVERFLOW_SCROLL, auto: Yoga.OVERFLOW_SCROLL },
  'box-sizing': { 'content-box': Yoga.BOX_SIZING_CONTENT_BOX, 'border-box': Yoga.BOX_SIZING_BORDER_BOX },
});

function keyword(Yoga, table, value) {
  const v = keywords(Yoga)[table][value];
  if (v === undefined) throw new Unsupported(`${table}: ${value}`);
  return v;
}

/** Calls a Yoga length setter family (setWidth/setWidthPercent/setWidthAuto) for a CSS length. */
function setLength(node, setter, value, { auto = true, edge } = {}) {
  const l = length(value);
  const args = (v) => (edge === undefined ? [v] : [edge, v]);
  switch (l.unit) {
    case 'px': node[setter](...args(l.value)); return;
    case '%': node[setter + 'Percent'](...args(l.value)); return;
    case 'auto':
      if (!auto) throw new Unsupported(`${setter}: auto`);
      node[setter + 'Auto'](...(edge === undefined ? [] : [edge]));
      return;
    case 'none': node[setter](...args(undefined)); return;
  }
}

function apply(Yoga, node, name, value, borders, styled) {
  const E = [Yoga.EDGE_TOP, Yoga.EDGE_RIGHT, Yoga.EDGE_BOTTOM, Yoga.EDGE_LEFT];
  const side = { top: 0, right: 1, bottom: 2, left: 3 };
  switch (name) {
    case 'display': return; // handled in build()
    case 'position': node.setPositionType(keyword(Yoga, 'position', value)); return;
    case 'flex-direction': node.setFlexDirection(keyword(Yoga, 'flex-direction', value)); return;
    case 'flex-wrap': node.setFlexWrap(keyword(Yoga, 'flex-wrap', value)); return;
    case 'justify-content': node.setJustifyContent(keyword(Yoga, 'justify-content', value)); return;
    case 'align-items': node.setAlignItems(keyword(Yoga, 'align', value)); return;
    case 'align-self': node.setAlignSelf(keyword(Yoga, 'align', value)); return;
    case 'align-content': node.setAlignContent(keyword(Yoga, 'align-content', value)); return;
    case 'box-sizing': node.setBoxSizing(keyword(Yoga, 'box-sizing', value)); return;
    case 'overflow': node.setOverflow(keyword(Yoga, 'overflow', value)); return;
    case 'flex-grow': node.setFlexGrow(Number(value)); return;
    case 'flex-shrink': node.setFlexShrink(Number(value)); return;
    case 'flex-basis':
      if (value === 'content') throw new Unsupported('flex-basis: content');
      setLength(node, 'setFlexBasis', value);
      return;
    case 'flex': flex(node, value); return;
    case 'order':
      if (Number(value) !== 0) throw new Unsupported('order');
      return;
    case 'visibility':
      if (value === 'collapse') throw new Unsupported('visibility: collapse');
      return;
    case 'aspect-ratio': {
      if (value === 'auto') return;
      const parts = value.split('/').map((s) => Number(s.trim()));
      node.setAspectRatio(parts.length === 2 ? parts[0] / parts[1] : parts[0]);
      return;
    }
    case 'width': setLength(node, 'setWidth', value); return;
    case 'height': setLength(node, 'setHeight', value); return;
    case 'min-width': setLength(node, 'setMinWidth', value, { auto: false }); return;
    case 'min-height': setLength(node, 'setMinHeight', value, { auto: false }); return;
    case 'max-width': setLength(node, 'setMaxWidth', value, { auto: false }); return;
    case 'max-height': setLength(node, 'setMaxHeight', value, { auto: false }); return;
    case 'margin': box(value).forEach((v, i) => setLength(node, 'setMargin', v, { edge: E[i] })); return;
    case 'padding': box(value).forEach((v, i) => setLength(node, 'setPadding', v, { auto: false, edge: E[i] })); return;
    case 'inset': box(value).forEach((v, i) => { if (v !== 'auto') setLength(node, 'setPosition', v, { edge: E[i] }); }); return;
    case 'gap': {
      const g = value.split(/\s+/);
      setLength(node, 'setGap', g[0], { auto: false, edge: Yoga.GUTTER_ROW });
      setLength(node, 'setGap', g[1] ?? g[0], { auto: false, edge: Yoga.GUTTER_COLUMN });
      return;
    }
    case 'row-gap': setLength(node, 'setGap', value, { auto: false, edge: Yoga.GUTTER_ROW }); return;
    case 'column-gap': setLength(node, 'setGap', value, { auto: false, edge: Yoga.GUTTER_COLUMN }); return;
    case 'border-width': box(value).forEach((v, i) => { borders[i] = px(v); }); return;
    case 'border-style': box(value).forEach((v, i) => { styled[i] = v !== 'none'; }); return;
    case 'border': border(value, borders, styled, [0, 1, 2, 3]); return;
    case 'font-size': case 'line-height': case 'background': case 'color': case 'font-family':
    case 'text-align': case 'vertical-align': case 'z-index':
      return; // no effect on boxes without text, or on flex layout
  }
  const m = /^(margin|padding|border)-(top|right|bottom|left)$/.exec(name);
  if (m) {
    const i = side[m[2]];
    if (m[1] === 'margin') setLength(node, 'setMargin', value, { edge: E[i] });
    else if (m[1] === 'padding') setLength(node, 'setPadding', value, { auto: false, edge: E[i] });
    else border(value, borders, styled, [i]);
    return;
  }
  if (name in side) {
    if (value !== 'auto') setLength(node, 'setPosition', value, { edge: E[side[name]] });
    return;
  }
  throw new Unsupported(`property ${name}`);
}

function px(v) {
  const l = length(v);
  if (l.unit !== 'px') throw new Unsupported(`border width ${v}`);
  return l.value;
}

/** css-flexbox-1 §7.1.1: none, auto, initial, or numbers and a basis (an omitted basis is 0). */
function flex(node, value) {
  const set = (g, s, b) => { node.setFlexGrow(g); node.setFlexShrink(s); setLength(node, 'setFlexBasis', b); };
  if (value === 'none') return set(0, 0, 'auto');
  if (value === 'auto') return set(1, 1, 'auto');
  if (value === 'initial') return set(0, 1, 'auto');
  const p = value.split(/\s+/);
  if (p.length === 1) return set(Number(p[0]), 1, '0');
  if (p.length === 2) return Number.isNaN(Number(p[1])) ? set(Number(p[0]), 1, p[1]) : set(Number(p[0]), Number(p[1]), '0');
  return set(Number(p[0]), Number(p[1]), p[2]);
}

function border(value, borders, styled, sides) {
  let width = 3; // medium
  let hasStyle = false;
  for (const t of value.split(/\s+/)) {
    if (t.endsWith('px') || t === '0') width = px(t);
    else if (['solid', 'dashed', 'dotted', 'double'].includes(t)) hasStyle = true;
  }
  for (const s of sides) { borders[s] = width; styled[s] = hasStyle; }
}
