// Measures how far Chromium's two rasterisers disagree on the paint cases: every case is drawn
// again with the same page, size and device scale factor as generate.mjs draws the references,
// but with GPU rasterisation (Skia Ganesh over GL: ANGLE on SwiftShader's Vulkan, the only GPU this
// machine has), and compared with its software reference (references/<name>.png) by the suite's
// rule: a pixel differs when one of its R, G, B channels differs by more than the manifest's
// noiseFloor; the largest channel difference is kept too.
//
//   cd conformance/paint/tools && npm ci
//   node raster-spread.mjs                          # every case; writes ../raster-spread.json
//   node raster-spread.mjs --case <name> ...        # only these (repeat --case); prints, writes no data file
//   node raster-spread.mjs --out /tmp/gpu           # where the GPU screenshots go (default: a temp folder)
//   node raster-spread.mjs --actual /tmp/report     # also compare Sparrow's <name>.actual.png there
//                                                   # (from `sparrow conform paint --report`) with both
//   node raster-spread.mjs --vulkan                 # Ganesh over SwiftShader's Vulkan instead of GL;
//                                                   # prints, writes no data file
//
// It never writes references/ or html/ (a page is loaded from a temporary twin in html/, removed
// again, so that relative image URLs resolve as they do for the references). It stops if
// chrome://gpu does not report GPU rasterisation, so the data file never holds a software run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { caseToHtml } from './to-html.mjs';
import { decodePng, encodePng } from './png.mjs';
import { commonFlags as chromiumFlags, gpuFlags as chromiumGpuFlags, requireGpuRaster } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const suite = path.resolve(here, '..');
const dirs = { cases: path.join(suite, 'cases'), html: path.join(suite, 'html'), refs: path.join(suite, 'references') };
const dataPath = path.join(suite, 'raster-spread.json');

const args = process.argv.slice(2);
const only = new Set();
let outDir = null;
let actualDir = null;
let vulkan = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--case') only.add(args[++i]);
  else if (args[i] === '--out') outDir = path.resolve(args[++i]);
  else if (args[i] === '--actual') actualDir = path.resolve(args[++i]);
  else if (args[i] === '--vulkan') vulkan = true;
  else throw new Error(`unknown argument ${args[i]} (use --case <name>, --out <dir>, --actual <dir>, --vulkan)`);
}

const manifest = JSON.parse(fs.readFileSync(path.join(suite, 'manifest.json'), 'utf8'));
const baseWxss = fs.readFileSync(path.join(suite, manifest.base), 'utf8');
const noise = manifest.noiseFloor ?? 2;
for (const n of only) if (!manifest.cases.some((c) => c.name === n)) throw new Error(`no case named ${n} in manifest.json`);
const selected = manifest.cases.filter((c) => only.size === 0 || only.has(c.name));
outDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-raster-spread-'));
fs.mkdirSync(outDir, { recursive: true });

// generate.mjs's flags without --disable-gpu, plus the ones that turn GPU rasterisation on
// (chromium.mjs; the same as generate.mjs --gpu).
const commonFlags = chromiumFlags(manifest.devicePixelRatio);
const gpuFlags = chromiumGpuFlags({ vulkan });

/** The comparison PaintSuite.Compare makes: the largest R, G, B difference and the pixels off by more than noise. */
function compare(a, b) {
  let maxChannelDiff = 0, differingPixels = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));
    if (d > maxChannelDiff) maxChannelDiff = d;
    if (d > noise) differingPixels++;
  }
  return { maxChannelDiff, differingPixels };
}

/**
 * Sparrow's frame against both rasterisers: per pixel the distance to the nearer of the two
 * references (so a pixel that matches either one is not counted), and the pixels where Sparrow
 * lies outside the interval the two references span, widened by the noise floor, in some channel.
 */
function compareWithBoth(actual, soft, gpu) {
  let maxNearer = 0, differingFromBoth = 0, outsideSpan = 0;
  for (let i = 0; i < actual.length; i += 4) {
    let ds = 0, dg = 0, outside = false;
    for (let k = 0; k < 3; k++) {
      const a = actual[i + k], s = soft[i + k], g = gpu[i + k];
      ds = Math.max(ds, Math.abs(a - s));
      dg = Math.max(dg, Math.abs(a - g));
      if (a < Math.min(s, g) - noise || a > Math.max(s, g) + noise) outside = true;
    }
    const d = Math.min(ds, dg);
    if (d > maxNearer) maxNearer = d;
    if (d > noise) differingFromBoth++;
    if (outside) outsideSpan++;
  }
  return { maxChannelDiffToNearer: maxNearer, differingFromBoth, outsideSpan };
}

function loadPng(file) {
  return decodePng(fs.readFileSync(file));
}

const started = Date.now();
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-paint-chromium-gpu-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium', headless: true, userDataDir, args: [...commonFlags, ...gpuFlags],
});
const results = {};
const sparrow = {};
const problems = [];
let version = '';
let gpu;
try {
  version = await browser.version();
  const page = await browser.newPage();
  gpu = await requireGpuRaster(page);
  for (const c of selected) {
    const wxml = fs.readFileSync(path.join(dirs.cases, `${c.name}.wxml`), 'utf8');
    const wxss = fs.readFileSync(path.join(dirs.cases, `${c.name}.wxss`), 'utf8');
    const html = caseToHtml({ name: c.name, wxml, wxss, baseWxss, width: manifest.width });
    const loadPath = path.join(dirs.html, `.spread-${process.pid}.html`);
    fs.writeFileSync(loadPath, html);
    let shot;
    try {
      await page.setViewport({ width: manifest.width, height: c.height, deviceScaleFactor: 0 });
      await page.goto(pathToFileURL(loadPath).href, { waitUntil: 'load' });
      const ratio = await page.evaluate(async () => {
        await document.fonts.ready;
        const urls = new Set();
        for (const el of document.querySelectorAll('*'))
          for (const m of getComputedStyle(el).backgroundImage.matchAll(/url\("([^"]+)"\)/g)) urls.add(m[1]);
        await Promise.all([...urls].map(async (u) => {
          const img = new Image();
          img.src = u;
          try { await img.decode(); } catch { /* generate.mjs reports broken images */ }
        }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return window.devicePixelRatio;
      });
      if (ratio !== manifest.devicePixelRatio) problems.push(`${c.name}: devicePixelRatio is ${ratio}`);
      shot = decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
    } finally {
      fs.rmSync(loadPath, { force: true });
    }
    fs.writeFileSync(path.join(outDir, `${c.name}.png`), encodePng(shot, { alpha: false }));
    const ref = loadPng(path.join(dirs.refs, `${c.name}.png`));
    if (ref.width !== shot.width || ref.height !== shot.height) {
      problems.push(`${c.name}: GPU screenshot is ${shot.width}×${shot.height}, reference ${ref.width}×${ref.height}`);
      continue;
    }
    results[c.name] = compare(ref.rgba, shot.rgba);
    let line = `${c.name.padEnd(52)} gpu vs software: max ${String(results[c.name].maxChannelDiff).padStart(3)}, ${String(results[c.name].differingPixels).padStart(6)} px`;
    const actualPath = actualDir && path.join(actualDir, `${c.name}.actual.png`);
    if (actualPath && fs.existsSync(actualPath)) {
      const act = loadPng(actualPath);
      if (act.width === ref.width && act.height === ref.height) {
        sparrow[c.name] = { vsSoftware: compare(ref.rgba, act.rgba), vsGpu: compare(shot.rgba, act.rgba), ...compareWithBoth(act.rgba, ref.rgba, shot.rgba) };
        const s = sparrow[c.name];
        line += ` | sparrow vs software: max ${s.vsSoftware.maxChannelDiff}, ${s.vsSoftware.differingPixels} px; vs gpu: max ${s.vsGpu.maxChannelDiff}, ${s.vsGpu.differingPixels} px; off both: max ${s.maxChannelDiffToNearer}, ${s.differingFromBoth} px; outside their span: ${s.outsideSpan} px`;
      }
    }
    console.log(line);
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

if (only.size === 0 && !vulkan && problems.length === 0) {
  const data = {
    about: 'Chromium GPU rasterisation (Skia Ganesh over ANGLE/SwiftShader) against the software references, per case, compared as PaintSuite does: maxChannelDiff is the largest R, G, B difference, differingPixels the pixels with a channel off by more than noiseFloor. Written by tools/raster-spread.mjs; never hand-edited.',
    chromium: version,
    flags: [...commonFlags, ...gpuFlags],
    gpu,
    noiseFloor: noise,
    cases: results,
  };
  // One case a line, so that a rerun's diff reads case by case.
  const text = JSON.stringify(data, null, 2).replace(/\{\n\s+"maxChannelDiff": (\d+),\n\s+"differingPixels": (\d+)\n\s+\}/g,
    '{ "maxChannelDiff": $1, "differingPixels": $2 }');
  fs.writeFileSync(dataPath, `${text}\n`);
}
const values = Object.values(results);
const identical = values.filter((r) => r.maxChannelDiff === 0).length;
const withinNoise = values.filter((r) => r.differingPixels === 0).length;
console.log(`${values.length} cases, ${identical} identical, ${withinNoise} within the noise floor; ${version}, ${gpu?.skiaBackend}, ${gpu?.glRenderer}; ` +
  `GPU screenshots in ${outDir}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (actualDir) fs.writeFileSync(path.join(outDir, 'sparrow-vs-both.json'), `${JSON.stringify(sparrow, null, 2)}\n`);
if (problems.length) console.error(`problems:\n  ${problems.join('\n  ')}`);
process.exit(problems.length ? 1 : 0);
