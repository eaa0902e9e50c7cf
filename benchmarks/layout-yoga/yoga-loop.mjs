// Yoga's side of callgrind.sh: the counterpart of `Sparrow.Benchmarks --layout-loop TREE MODE N`.
// Builds the tree of trees/TREE.json as Yoga nodes, lays it out once (so every code path the loop
// takes has run, and been compiled, before it) and again 5,000 times unchanged (so that V8 has
// optimised the JS glue of calculateLayout before the loop: without this, the difference of 1,000
// unchanged passes held the glue's tier-up, 38 % more than that of 2,000), then runs MODE N times:
//   build      builds a fresh copy of the tree and frees it
//   cold       builds a fresh copy, lays it out, frees it
//   unchanged  lays the first tree out again
//   leaf       toggles the change leaf's width (a real change every time), then lays the tree out
// callgrind.sh counts whole runs and takes differences (N = K against N = 2), so start-up, WASM
// compilation and the first tree cancel out, and the build runs cancel building from the cold ones.
// Run it under node's flags that pin one WASM tier (see callgrind.sh).
//
//   node yoga-loop.mjs TREE MODE N

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, layout } from './yoga-tree.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [name, mode, count] = process.argv.slice(2);
const passes = Number(count);
if (!name || !['build', 'cold', 'unchanged', 'leaf'].includes(mode) || !Number.isInteger(passes) || passes < 0) {
  throw new Error('usage: node yoga-loop.mjs TREE build|cold|unchanged|leaf N');
}

const tree = JSON.parse(readFileSync(join(here, 'trees', name + '.json'), 'utf8'));
const nodes = build(tree);
const root = nodes[0];
layout(root, tree);
for (let i = 0; i < 5000; i++) layout(root, tree);
const leaf = nodes[tree.changeLeaf];
const width = tree.changeLeafWidth;

for (let i = 0; i < passes; i++) {
  if (mode === 'build' || mode === 'cold') {
    const fresh = build(tree)[0];
    if (mode === 'cold') layout(fresh, tree);
    fresh.freeRecursive();
  } else {
    if (mode === 'leaf') leaf.setWidth(i % 2 === 0 ? width + 1 : width);
    layout(root, tree);
  }
}

console.log(`${name} ${mode} x${passes}: ${tree.parents.length} nodes, root height ${root.getComputedHeight()}`);
root.freeRecursive();
