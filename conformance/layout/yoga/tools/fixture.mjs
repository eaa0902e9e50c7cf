// Reads a layout fixture (conformance/layout/fixtures/<group>/<name>.html) into a tree of
// { tag, css: Map(property -> value), children }. Same contract as the C# runner's
// FixtureHtmlReader/FixtureStyleParser (src/Sparrow.Host/Conformance/Suites/Layout/): nested div/span
// elements under id="test-root", inline styles only; anything else is a fixture bug and throws.

export function readFixture(html) {
  const at = html.indexOf('id="test-root"');
  if (at < 0) throw new Error('fixture has no element with id="test-root"');
  const start = html.lastIndexOf('<', at);
  const tag = /<(\/)?([a-z]+)([^>]*)>/g;
  tag.lastIndex = start;
  const stack = [];
  let root = null;
  for (let m; (m = tag.exec(html)); ) {
    if (m[1]) {
      const closed = stack.pop();
      if (closed.tag !== m[2]) throw new Error(`</${m[2]}> closes <${closed.tag}>`);
      if (stack.length === 0) break;
      continue;
    }
    if (m[2] !== 'div' && m[2] !== 'span') throw new Error(`unsupported element <${m[2]}> in fixture`);
    const style = /style="([^"]*)"/.exec(m[3]);
    const element = { tag: m[2], css: parseDeclarations(style ? style[1] : ''), children: [] };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  }
  if (!root) throw new Error('test-root not found');
  return root;
}

function parseDeclarations(text) {
  const css = new Map();
  for (const d of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const colon = d.indexOf(':');
    if (colon < 0) throw new Error(`bad declaration '${d}'`);
    css.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
  }
  return css;
}

/** A CSS length as { unit: 'px' | '%' | 'auto' | 'none', value }. */
export function length(value) {
  if (value === 'auto') return { unit: 'auto', value: 0 };
  if (value === 'none') return { unit: 'none', value: 0 };
  if (value === '0') return { unit: 'px', value: 0 };
  if (value.endsWith('px')) return { unit: 'px', value: Number(value.slice(0, -2)) };
  if (value.endsWith('%')) return { unit: '%', value: Number(value.slice(0, -1)) };
  throw new Error(`unsupported length '${value}'`);
}

/** The 1-to-4-value box shorthand: [top, right, bottom, left]. */
export function box(value) {
  const p = value.split(/\s+/).filter(Boolean);
  const pick = (side) => {
    switch (p.length) {
      case 1: return p[0];
      case 2: return side % 2 === 0 ? p[0] : p[1];
      case 3: return side === 0 ? p[0] : side === 2 ? p[2] : p[1];
      default: return p[side];
    }
  };
  return [0, 1, 2, 3].map(pick);
}
