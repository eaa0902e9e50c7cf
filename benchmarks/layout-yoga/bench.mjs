// Times the benchmark trees (trees/*.json, exported by the C# benchmarks with
// `--export-layout-trees`) with the official Yoga (npm yoga-layout, WASM), the same three ways as
// benchmarks/Sparrow.Benchmarks/Layout/: cold (a freshly built tree, only calculateLayout timed),
// unchanged re-layout, and re-layout after one leaf's width toggles.
//
//   node bench.mjs [tree-name ...] [--json out.json]
//
// The Yoga configuration (web defaults, content-box, position static, …) is in yoga-tree.mjs.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, layout, yogaVersion } from './yoga-tree.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const names = args.length > 0 ? args : ['huge-nested', 'deep-400', 'wide-10k', 'wide-100k', 'page'];

const now = () => process.hrtime.bigint();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

/** Median of per-call times (ns) over `batches` batches of `perBatch` calls, after `warmup` batches. */
function timeBatches(fn, perBatch, batches, warmup) {
  // fn takes no arguments: state that must carry across calls (the toggled width) lives in fn.
  const per = [];
  for (let b = 0; b < warmup + batches; b++) {
    const t0 = now();
    for (let i = 0; i < perBatch; i++) fn();
    const ns = Number(now() - t0) / perBatch;
    if (b >= warmup) per.push(ns);
  }
  return median(per);
}

const results = [];
for (const name of names) {
  const tree = JSON.parse(readFileSync(join(here, 'trees', name + '.json'), 'utf8'));
  const count = tree.parents.length;

  // Cold: each repetition builds a fresh tree (untimed) and times one calculateLayout. Repetitions
  // and batch sizes adapt to the tree, so a run takes seconds per tree (wide-100k is slow in Yoga).
  const coldOnce = () => {
    const nodes = build(tree);
    const t0 = now();
    layout(nodes[0], tree);
    const ns = Number(now() - t0);
    const height = nodes[0].getComputedHeight();
    nodes[0].freeRecursive();
    return { ns, height };
  };
  const first = coldOnce();
  const coldRuns = Math.max(first.ns > 2e9 ? 3 : 5, Math.min(60, Math.round(3e9 / first.ns)));
  const cold = [];
  let rootHeight = first.height;
  for (let r = 0; r < 2 + coldRuns; r++) {
    const c = coldOnce();
    rootHeight = c.height;
    if (r >= 2) cold.push(c.ns);
  }

  const nodes = build(tree);
  layout(nodes[0], tree);
  const leaf = nodes[tree.changeLeaf];
  const w = tree.changeLeafWidth;
  const unchanged = timeBatches(() => layout(nodes[0], tree), 100000, 12, 3);
  let toggle = false; // toggled across batches, so every call is a real change
  const change = () => { toggle = !toggle; leaf.setWidth(toggle ? w + 1 : w); layout(nodes[0], tree); };
  const probe = timeBatches(change, 2, 1, 0);
  const perBatch = Math.max(1, Math.min(100000, Math.round(2e8 / probe)));
  const slow = probe > 1e9;
  const oneLeaf = timeBatches(change, perBatch, slow ? 4 : 12, slow ? 1 : 3);
  nodes[0].freeRecursive();

  const r = { tree: name, nodes: count, rootHeight, coldUs: median(cold) / 1e3, unchangedUs: unchanged / 1e3, oneLeafUs: oneLeaf / 1e3 };
  results.push(r);
  console.log(`${name.padEnd(12)} ${String(count).padStart(6)} nodes  cold ${r.coldUs.toFixed(1).padStart(9)} µs (${(median(cold) / count).toFixed(1)} ns/node, ${cold.length} runs)  unchanged ${r.unchangedUs.toFixed(2).padStart(8)} µs  one leaf ${r.oneLeafUs.toFixed(1).padStart(8)} µs  root height ${rootHeight}`);
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ engine: yogaVersion, node: process.version, results }, null, 1) + '\n');
