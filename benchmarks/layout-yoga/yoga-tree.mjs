// Builds a benchmark tree (the JSON that the C# side writes: trees/*.json from the BenchmarkDotNet
// project's --export-layout-trees, or the file a `sparrow bench layout-vs-yoga-*` workload writes)
// as Yoga nodes. Shared by bench.mjs (the side-by-side run) and peer.mjs (the peer in `sparrow bench`).
//
// Configuration as for the C# side: web defaults (flex-direction row, align-content stretch,
// flex-shrink 1), Errata.None, and on every node box-sizing content-box and position static
// (Yoga's defaults are border-box and relative); point scale factor 1 (both engines pixel-snap).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Yoga from 'yoga-layout';

const here = dirname(fileURLToPath(import.meta.url));

/** "yoga-layout 3.2.1", from the installed package. */
export const yogaVersion = 'yoga-layout ' + JSON.parse(readFileSync(join(here, 'node_modules/yoga-layout/package.json'), 'utf8')).version;

const config = Yoga.Config.create();
config.setUseWebDefaults(true);
config.setErrata(Yoga.ERRATA_NONE);
config.setPointScaleFactor(1);

function setLength(node, setter, v) {
  if (v === undefined) return;
  if (typeof v === 'string' && v.endsWith('%')) node[setter + 'Percent'](Number(v.slice(0, -1)));
  else node[setter](v);
}

/** Every node of `tree` as a Yoga node, node i at index i; nodes[0] is the root. */
export function build(tree) {
  const nodes = new Array(tree.parents.length);
  for (let i = 0; i < nodes.length; i++) {
    const s = tree.styles[i];
    const n = Yoga.Node.create(config);
    n.setBoxSizing(Yoga.BOX_SIZING_CONTENT_BOX);
    n.setPositionType(Yoga.POSITION_TYPE_STATIC);
    if (s.flexDirection === 'column') n.setFlexDirection(Yoga.FLEX_DIRECTION_COLUMN);
    if (s.flexWrap === 'wrap') n.setFlexWrap(Yoga.WRAP_WRAP);
    if (s.alignItems === 'center') n.setAlignItems(Yoga.ALIGN_CENTER);
    if (s.justifyContent === 'space-between') n.setJustifyContent(Yoga.JUSTIFY_SPACE_BETWEEN);
    if (s.flexGrow !== undefined) n.setFlexGrow(s.flexGrow);
    if (s.flexShrink !== undefined) n.setFlexShrink(s.flexShrink);
    setLength(n, 'setFlexBasis', s.flexBasis);
    setLength(n, 'setWidth', s.width);
    setLength(n, 'setHeight', s.height);
    if (s.margin !== undefined) n.setMargin(Yoga.EDGE_ALL, s.margin);
    if (s.padding !== undefined) n.setPadding(Yoga.EDGE_ALL, s.padding);
    if (s.gap !== undefined) n.setGap(Yoga.GUTTER_ALL, s.gap);
    nodes[i] = n;
    const p = tree.parents[i];
    if (p >= 0) nodes[p].insertChild(n, nodes[p].getChildCount());
  }
  return nodes;
}

/** Lays the tree out at the viewport's width, height unconstrained (as the C# side does). */
export const layout = (root, tree) => root.calculateLayout(tree.viewport.width, undefined, Yoga.DIRECTION_LTR);
