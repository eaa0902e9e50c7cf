// Instructions per node, ours and Yoga, under valgrind's callgrind: cold layout, unchanged re-layout and
// re-layout after one leaf changes, for every benchmark tree. Run through callgrind.sh (see the README,
// "Instruction counts").
//
// Neither engine's hot code has symbols callgrind could toggle on (.NET JIT code, V8's WASM code), so
// every figure is a difference of whole-process runs that differ only in the number of passes:
//   cold       (cold N − build N) / N        the build runs build (and for Yoga free) the same N trees
//   unchanged  (unchanged U − unchanged 2) / (U − 2)
//   one leaf   (leaf N − leaf 2) / (N − 2)
// Start-up, compilation, the first tree and each mode's first pass cancel out. --check-k and
// --check-unchanged add a second N (U) and print both per-pass figures: the difference is linear
// (nothing but passes in it) when they agree.
//
// Ours: `Sparrow.Benchmarks --layout-loop TREE MODE N` with DOTNET_TieredCompilation=0, so the one
// compilation of each method is the optimised one and happens in the first pass (no tier-up inside the
// difference). Yoga: `node yoga-loop.mjs TREE MODE N` with WASM pinned to TurboFan, compiled eagerly
// before the tree is read (--no-liftoff --no-wasm-tier-up --no-wasm-lazy-compilation), V8 on one thread
// with fixed seeds so runs repeat; --smc-check=all for both (code written at run time).
//
//   node callgrind.mjs [--engines ours,yoga] [--k 12] [--check-k 22] [--unchanged 100002]
//                      [--check-unchanged 200002] [--bin PATH] [--counts FILE] [--table-only 1]
//                      [--yoga-trees a,b] [--out FILE] [tree ...]
// --table-only 1 makes no runs: it prints the table from the counts in --counts FILE (trees without
// all their counts are left out).

import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const allTrees = ['page', 'huge-nested', 'deep-400', 'deep-10000', 'wide-10k', 'wide-100k'];
// Yoga's WASM build overflows its stack between 400 and 450 levels; wide-100k takes ≈ 4 s a pass
// natively (≈ 5 minutes a pass under callgrind): both are left out unless named with --yoga-trees.
const yogaDefault = ['page', 'huge-nested', 'deep-400', 'wide-10k'];
const yogaFlags = ['--no-liftoff', '--no-wasm-tier-up', '--no-wasm-lazy-compilation', '--single-threaded',
  '--random-seed=1', '--hash-seed=1', '--predictable-gc-schedule'];

const opts = { engines: 'ours,yoga', k: '12', 'check-k': '', unchanged: '100002', 'check-unchanged': '',
  bin: join(repo, 'benchmarks/Sparrow.Benchmarks/bin/Release/net10.0/Sparrow.Benchmarks'),
  counts: '', 'table-only': '', 'yoga-trees': yogaDefault.join(','), out: join(here, 'results/callgrind.txt') };
const trees = [];
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a.startsWith('--')) {
    if (!(a.slice(2) in opts)) throw new Error(`unknown option ${a}`);
    opts[a.slice(2)] = process.argv[++i];
  } else {
    trees.push(a);
  }
}
if (trees.length === 0) trees.push(...allTrees);
const engines = opts.engines.split(',');
const yogaTrees = opts['yoga-trees'].split(',');
const ks = [Number(opts.k), ...(opts['check-k'] ? [Number(opts['check-k'])] : [])];
const us = [Number(opts.unchanged), ...(opts['check-unchanged'] ? [Number(opts['check-unchanged'])] : [])];

// Counts already taken (engine tree mode n → instructions), so an interrupted run can go on:
// --counts FILE reads and appends to FILE (tab-separated lines).
const countsFile = opts.counts || join(here, 'results', `callgrind-counts-${Date.now()}.tsv`);
mkdirSync(dirname(countsFile), { recursive: true });
const known = new Map();
if (existsSync(countsFile)) {
  for (const line of readFileSync(countsFile, 'utf8').split('\n')) {
    const [engine, tree, mode, n, instructions, nodes] = line.split('\t');
    if (nodes) known.set([engine, tree, mode, n].join(' '), { instructions: Number(instructions), nodes: Number(nodes) });
  }
}

/** Instructions of one whole run under callgrind, and the node count the run printed. */
function count(engine, tree, mode, n) {
  const key = [engine, tree, mode, n].join(' ');
  if (known.has(key)) return known.get(key);
  if (opts['table-only']) return null;
  const command = engine === 'ours'
    ? [opts.bin, '--layout-loop', tree, mode, String(n)]
    : ['node', ...yogaFlags, join(here, 'yoga-loop.mjs'), tree, mode, String(n)];
  const started = Date.now();
  const run = spawnSync('valgrind', ['--tool=callgrind', '--smc-check=all', '--callgrind-out-file=/dev/null', ...command],
    { encoding: 'utf8', env: { ...process.env, DOTNET_TieredCompilation: '0' }, maxBuffer: 1 << 26 });
  const text = run.stdout + run.stderr;
  const collected = /Collected : (\d+)/.exec(text);
  const nodes = /(\d+) nodes/.exec(text);
  if (run.status !== 0 || !collected || !nodes) throw new Error(`${key} failed (exit ${run.status}):\n${text.slice(-3000)}`);
  const result = { instructions: Number(collected[1]), nodes: Number(nodes[1]) };
  known.set(key, result);
  appendFileSync(countsFile, [engine, tree, mode, n, result.instructions, result.nodes].join('\t') + '\n');
  console.error(`  ${key}: ${result.instructions} instructions (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return result;
}

/** Per-pass instructions of each measure, at each N (U) asked for; null when a count is missing (--table-only). */
function measure(engine, tree) {
  const runs = [...ks.flatMap((k) => [['cold', k], ['build', k], ['leaf', k]]), ...us.map((u) => ['unchanged', u]), ['unchanged', 2], ['leaf', 2]];
  for (const [mode, n] of runs) if (count(engine, tree, mode, n) === null) return null;
  const cold = ks.map((k) => (count(engine, tree, 'cold', k).instructions - count(engine, tree, 'build', k).instructions) / k);
  const unchanged = us.map((u) => (count(engine, tree, 'unchanged', u).instructions - count(engine, tree, 'unchanged', 2).instructions) / (u - 2));
  const leaf = ks.map((k) => (count(engine, tree, 'leaf', k).instructions - count(engine, tree, 'leaf', 2).instructions) / (k - 2));
  return { nodes: count(engine, tree, 'leaf', 2).nodes, cold, unchanged, leaf };
}

const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1));
const sci = (x) => x.toExponential(3);
const lines = [];
const say = (s) => { lines.push(s); console.log(s); };
const sh = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', cwd: repo }).trim(); } catch { return '?'; } };

say(`# Instructions per node (callgrind), ours and Yoga — benchmarks/layout-yoga/callgrind.sh`);
say(`started ${new Date().toISOString()}; commit ${sh('git', ['rev-parse', '--short', 'HEAD'])}` +
  `${sh('git', ['status', '--porcelain', '--', 'src', 'benchmarks']) ? ' + uncommitted changes' : ''}; ${sh('valgrind', ['--version'])}; ` +
  `node ${process.version}; .NET ${sh('dotnet', ['--version'])} (DOTNET_TieredCompilation=0); load ${sh('cat', ['/proc/loadavg']).split(' ').slice(0, 3).join(' ')}`);
say(`N = ${ks.join(', ')} passes (cold, one leaf), U = ${us.join(', ')} (unchanged); Yoga flags: ${yogaFlags.join(' ')}`);
say('');

const rows = [];
for (const tree of trees) {
  for (const engine of engines) {
    if (engine === 'yoga' && !yogaTrees.includes(tree)) continue;
    const m = measure(engine, tree);
    if (m === null) continue;
    rows.push({ tree, engine, ...m });
    const per = (xs) => xs.map((x) => fmt(x / m.nodes)).join(' | ');
    console.error(`${engine} ${tree}: ${m.nodes} nodes; per node cold ${per(m.cold)}, unchanged ${per(m.unchanged)}, one leaf ${per(m.leaf)}`);
  }
}

say('| tree | nodes | measure | ours instr/node | Yoga instr/node | ours / Yoga | ours per pass | Yoga per pass |');
say('|---|---:|---|---:|---:|---:|---:|---:|');
for (const tree of trees) {
  const ours = rows.find((r) => r.tree === tree && r.engine === 'ours');
  const yoga = rows.find((r) => r.tree === tree && r.engine === 'yoga');
  if (!ours && !yoga) continue;
  const nodes = (ours ?? yoga).nodes;
  for (const [label, field] of [['cold', 'cold'], ['unchanged re-layout', 'unchanged'], ['one leaf changed', 'leaf']]) {
    const o = ours ? ours[field][0] : null;
    const y = yoga ? yoga[field][0] : null;
    say(`| ${tree} | ${nodes.toLocaleString('en-US')} | ${label} | ${o === null ? '—' : fmt(o / nodes)} | ${y === null ? '—' : fmt(y / nodes)} | ` +
      `${o === null || y === null ? '—' : (o / y).toFixed(3)} | ${o === null ? '—' : sci(o)} | ${y === null ? '—' : sci(y)} |`);
  }
}

if (ks.length > 1 || us.length > 1) {
  say('');
  say(`Linearity: per-pass instructions at the second N (U) ÷ at the first (1.000 = linear)`);
  say('| engine | tree | cold | unchanged | one leaf |');
  say('|---|---|---:|---:|---:|');
  const ratio = (xs) => (xs.length > 1 ? (xs[1] / xs[0]).toFixed(3) : '—');
  for (const r of rows) say(`| ${r.engine} | ${r.tree} | ${ratio(r.cold)} | ${ratio(r.unchanged)} | ${ratio(r.leaf)} |`);
}
say('');
say('Whole-run counts (engine, tree, mode, passes: instructions):');
for (const [key, value] of known) {
  const [engine, tree] = key.split(' ');
  if (rows.some((r) => r.engine === engine && r.tree === tree)) say(`    ${key}: ${value.instructions}`);
}
say('');
say(`finished ${new Date().toISOString()}`);
writeFileSync(opts.out, lines.join('\n') + '\n');
