// The peer half of `sparrow bench layout-vs-yoga-*`: times Yoga (npm yoga-layout, WASM) on the tree
// file the workload wrote, the same number of runs as ours, and prints one JSON line (see
// benchmarks/PEERS.md for the protocol):
//
//   node peer.mjs --tree FILE.json --mode cold|one-leaf --warmup N --runs N
//   → {"peer":"yoga-layout 3.2.1 (WASM, Node v20.20.2)","unit":"ms","samples":[…],"check":{"rootWidth":…,"rootHeight":…}}
//   → {"unavailable":"…"} when yoga-layout is not installed
//
// cold: each run builds a fresh tree (untimed) and times one calculateLayout. one-leaf: one tree,
// laid out once untimed; each run toggles the change leaf's width (untimed) and times calculateLayout.
// `check` is the root's size after the last run, which the workload compares with its own.

import { readFileSync } from 'node:fs';

function option(name) {
  const at = process.argv.indexOf('--' + name);
  if (at < 0 || at + 1 >= process.argv.length) throw new Error(`peer.mjs needs --${name}`);
  return process.argv[at + 1];
}

let yoga;
try {
  yoga = await import('./yoga-tree.mjs');
} catch (e) {
  console.log(JSON.stringify({ unavailable: `yoga-layout could not be loaded (${String(e.message).split('\n')[0]}); run npm ci in benchmarks/layout-yoga` }));
  process.exit(0);
}

const { build, layout, yogaVersion } = yoga;
const tree = JSON.parse(readFileSync(option('tree'), 'utf8'));
const mode = option('mode');
const total = Number(option('warmup')) + Number(option('runs'));
const warmup = Number(option('warmup'));
const now = () => process.hrtime.bigint();
const ms = (t0) => Number(now() - t0) / 1e6;

const samples = [];
let root;
if (mode === 'cold') {
  for (let r = 0; r < total; r++) {
    if (root) root.freeRecursive();
    const nodes = build(tree);
    root = nodes[0];
    const t0 = now();
    layout(root, tree);
    if (r >= warmup) samples.push(ms(t0));
  }
} else if (mode === 'one-leaf') {
  const nodes = build(tree);
  root = nodes[0];
  layout(root, tree);
  const leaf = nodes[tree.changeLeaf];
  for (let r = 0; r < total; r++) {
    // Odd runs widen the leaf by 1 px, even runs restore it: a real change every run.
    leaf.setWidth(r % 2 === 0 ? tree.changeLeafWidth + 1 : tree.changeLeafWidth);
    const t0 = now();
    layout(root, tree);
    if (r >= warmup) samples.push(ms(t0));
  }
} else {
  throw new Error(`peer.mjs --mode is cold or one-leaf, not '${mode}'`);
}

const check = { rootWidth: root.getComputedWidth(), rootHeight: root.getComputedHeight() };
root.freeRecursive();
console.log(JSON.stringify({ peer: `${yogaVersion} (WASM, Node ${process.version})`, unit: 'ms', samples, check }));
