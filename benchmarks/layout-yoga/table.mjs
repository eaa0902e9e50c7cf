// Joins the two halves of one run into the side-by-side table: results/ours.json (BenchmarkDotNet's
// full JSON report of the Layout benchmarks) and results/yoga.json (bench.mjs --json). Medians.
// Writes results/table.md and prints it. run.sh calls it; see README.md.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ours = JSON.parse(readFileSync(join(here, 'results/ours.json'), 'utf8'));
const yoga = JSON.parse(readFileSync(join(here, 'results/yoga.json'), 'utf8'));

const oursUs = (method, tree) => {
  const b = ours.Benchmarks.find((x) => x.Method === method && x.Parameters === `Tree=${tree}`);
  return b ? { us: b.Statistics.Median / 1e3, bytes: b.Memory.BytesAllocatedPerOperation } : null;
};
const f = (v, d = 1) => (v === null || v === undefined ? 'n/a' : v.toFixed(d));
const lines = [
  '| tree | nodes | measure | ours (µs) | Yoga WASM (µs) | ours / Yoga | ours ns/node | Yoga ns/node | ours alloc/op |',
  '|---|---:|---|---:|---:|---:|---:|---:|---:|',
];
for (const y of yoga.results) {
  for (const [label, method, key] of [['cold', 'Cold', 'coldUs'], ['unchanged re-layout', 'Unchanged', 'unchangedUs'], ['one leaf changed', 'OneLeafChanged', 'oneLeafUs']]) {
    const o = oursUs(method, y.tree);
    const ys = y[key];
    lines.push(`| ${y.tree} | ${y.nodes} | ${label} | ${f(o?.us, 2)} | ${f(ys, 2)} | ${o ? f(o.us / ys, 2) : 'n/a'} | ${o ? f((o.us * 1e3) / y.nodes) : 'n/a'} | ${f((ys * 1e3) / y.nodes)} | ${o ? o.bytes + ' B' : 'n/a'} |`);
  }
}
lines.push('', '| tree | ours: one leaf / cold | Yoga: one leaf / cold |', '|---|---:|---:|');
for (const y of yoga.results) {
  const c = oursUs('Cold', y.tree);
  const l = oursUs('OneLeafChanged', y.tree);
  lines.push(`| ${y.tree} | ${c && l ? ((100 * l.us) / c.us).toFixed(1) + ' %' : 'n/a'} | ${((100 * y.oneLeafUs) / y.coldUs).toFixed(1)} % |`);
}
const md = lines.join('\n') + '\n';
writeFileSync(join(here, 'results/table.md'), md);
process.stdout.write(md);
