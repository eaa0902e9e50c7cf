// Renders every paint case in headless Chromium (the machine's /usr/bin/chromium, never a
// downloaded browser) and writes the references:
//   ../html/<name>.html         the case converted as WeChat's WebView would show it (to-html.mjs)
//   ../references/<name>.png    Chromium's screenshot of it: 375×H CSS px at device pixel ratio 2
//   ../references/chromium.txt  the Chromium build that drew them
// and, with --gpu, the second reference set, drawn by Chromium's GPU raster path (Skia Ganesh, as a
// phone's WebView rasterises; chromium.mjs has the flags) from the same pages:
//   ../references-gpu/<name>.png    the screenshot, same size and encoding
//   ../references-gpu/chromium.txt  the Chromium build, its flags and what chrome://gpu reported
// A --gpu run stops before drawing anything unless chrome://gpu confirms GPU rasterisation; it
// leaves html/ and references/ alone.
//
//   cd conformance/paint/tools && npm ci
//   node generate.mjs                     # every case in ../manifest.json
//   node generate.mjs --gpu               # the same into references-gpu/ (npm run generate does both)
//   node generate.mjs --case <name> ...   # only these cases (repeat --case)
//   node generate.mjs --check             # render into memory and compare with what is committed
//
// Screenshots are re-encoded by png.mjs (RGB, level 9), so a run writes byte-identical files for
// a given Chromium build and font set. A case whose screenshot is all one colour, or whose content
// is taller than its viewport, is an error: the case is wrong, not the reference.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { caseToHtml } from './to-html.mjs';
import { decodePng, encodePng } from './png.mjs';
import { commonFlags, gpuFlags, requireGpuRaster, softwareFlags } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const suite = path.resolve(here, '..');
const args = process.argv.slice(2);
const only = new Set();
let check = false;
let gpu = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--case') only.add(args[++i]);
  else if (args[i] === '--check') check = true;
  else if (args[i] === '--gpu') gpu = true;
  else throw new Error(`unknown argument ${args[i]} (use --case <name>, --check, --gpu)`);
}
const dirs = { cases: path.join(suite, 'cases'), html: path.join(suite, 'html'), refs: path.join(suite, gpu ? 'references-gpu' : 'references') };
const refsName = path.basename(dirs.refs);
// A GPU run draws the pages the software run wrote; only the software run writes html/.
const writeHtml = !check && !gpu;

const manifest = JSON.parse(fs.readFileSync(path.join(suite, 'manifest.json'), 'utf8'));
const baseWxss = fs.readFileSync(path.join(suite, manifest.base), 'utf8');
validate(manifest);
for (const n of only) if (!manifest.cases.some((c) => c.name === n)) throw new Error(`no case named ${n} in manifest.json`);
const selected = manifest.cases.filter((c) => only.size === 0 || only.has(c.name));

function validate(m) {
  const problems = [];
  if (m.width !== 375 || m.devicePixelRatio !== 2) problems.push('manifest width/devicePixelRatio must be 375/2');
  const names = new Set();
  for (const c of m.cases) {
    if (names.has(c.name)) problems.push(`${c.name}: listed twice`);
    names.add(c.name);
    if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(c.name)) problems.push(`${c.name}: name must be snake_case`);
    if (!Number.isInteger(c.height) || c.height < 16 || c.height > 1000) problems.push(`${c.name}: height must be an integer in [16, 1000]`);
    if (!m.kinds[c.kind]) problems.push(`${c.name}: unknown kind ${c.kind}`);
    if (!Number.isInteger(c.maxChannelDiff) || c.maxChannelDiff < 0 || c.maxChannelDiff > 255) problems.push(`${c.name}: maxChannelDiff must be 0..255`);
    if (!Number.isInteger(c.maxDifferingPixels) || c.maxDifferingPixels < 0) problems.push(`${c.name}: maxDifferingPixels must be a non-negative integer`);
    for (const ext of ['wxml', 'wxss'])
      if (!fs.existsSync(path.join(dirs.cases, `${c.name}.${ext}`))) problems.push(`${c.name}: cases/${c.name}.${ext} is missing`);
  }
  for (const f of fs.readdirSync(dirs.cases)) {
    const n = f.replace(/\.(wxml|wxss)$/, '');
    if (!names.has(n)) problems.push(`cases/${f} has no entry in manifest.json`);
  }
  if (problems.length) throw new Error(`manifest.json:\n  ${problems.join('\n  ')}`);
}

const flags = [...commonFlags(manifest.devicePixelRatio), ...(gpu ? gpuFlags() : softwareFlags)];
const started = Date.now();
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-paint-chromium-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir,
  // A real device scale factor, not DevTools emulation: with --force-device-scale-factor Blink
  // lays out and pixel-snaps in device pixels ("zoom for DSF", as Android's WebView in WeChat and
  // WebKit do); emulating the ratio through setViewport lays out in CSS px and snaps box edges to
  // whole CSS px, which no phone does (a flex item shrunk to 229.66 CSS px ends at device px 460
  // instead of 459).
  args: flags,
});

const failures = [];
const mismatches = [];
let totalBytes = 0;
try {
  const version = await browser.version();
  const page = await browser.newPage();
  const gpuReport = gpu ? await requireGpuRaster(page) : null;
  if (!check) fs.mkdirSync(dirs.refs, { recursive: true });
  for (const c of selected) {
    const wxml = fs.readFileSync(path.join(dirs.cases, `${c.name}.wxml`), 'utf8');
    const wxss = fs.readFileSync(path.join(dirs.cases, `${c.name}.wxss`), 'utf8');
    const html = caseToHtml({ name: c.name, wxml, wxss, baseWxss, width: manifest.width });
    const htmlPath = path.join(dirs.html, `${c.name}.html`);
    // The page is loaded from html/ so that the relative image URLs resolve as they do for a
    // person opening the committed file; in --check and --gpu mode it is written to a temporary twin.
    const loadPath = writeHtml ? htmlPath : path.join(dirs.html, `.check-${process.pid}.html`);
    fs.writeFileSync(loadPath, html);
    // deviceScaleFactor 0 keeps the browser's own (forced) ratio instead of emulating one.
    await page.setViewport({ width: manifest.width, height: c.height, deviceScaleFactor: 0 });
    await page.goto(pathToFileURL(loadPath).href, { waitUntil: 'load' });
    const info = await page.evaluate(async () => {
      await document.fonts.ready;
      const urls = new Set();
      for (const el of document.querySelectorAll('*'))
        for (const m of getComputedStyle(el).backgroundImage.matchAll(/url\("([^"]+)"\)/g)) urls.add(m[1]);
      const broken = [];
      await Promise.all([...urls].map(async (u) => {
        const img = new Image();
        img.src = u;
        try { await img.decode(); } catch { broken.push(u); }
      }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { broken, ratio: window.devicePixelRatio, scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth };
    });
    if (!writeHtml) fs.rmSync(loadPath);
    if (info.ratio !== manifest.devicePixelRatio) failures.push(`${c.name}: devicePixelRatio is ${info.ratio}, expected ${manifest.devicePixelRatio}`);
    if (info.broken.length) failures.push(`${c.name}: images did not load: ${info.broken.join(', ')}`);
    if (info.scrollHeight > c.height || info.scrollWidth > manifest.width)
      failures.push(`${c.name}: content is ${info.scrollWidth}×${info.scrollHeight} CSS px, larger than the ${manifest.width}×${c.height} viewport`);
    const shot = decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
    const w = manifest.width * manifest.devicePixelRatio, h = c.height * manifest.devicePixelRatio;
    if (shot.width !== w || shot.height !== h) failures.push(`${c.name}: screenshot is ${shot.width}×${shot.height}, expected ${w}×${h}`);
    let distinct = false;
    for (let i = 4; i < shot.rgba.length && !distinct; i += 4)
      if (shot.rgba.readUInt32BE(i) !== shot.rgba.readUInt32BE(0)) distinct = true;
    if (!distinct) failures.push(`${c.name}: the screenshot is one flat colour`);
    const png = encodePng(shot, { alpha: false });
    const refPath = path.join(dirs.refs, `${c.name}.png`);
    totalBytes += png.length;
    if (check) {
      if (!fs.existsSync(refPath) || !fs.readFileSync(refPath).equals(png)) mismatches.push(`${refsName}/${c.name}.png`);
      if (!gpu && (!fs.existsSync(htmlPath) || fs.readFileSync(htmlPath, 'utf8') !== html)) mismatches.push(`html/${c.name}.html`);
    } else {
      fs.writeFileSync(refPath, png);
    }
    console.log(`${c.name.padEnd(56)} ${String(w)}×${h} ${(png.length / 1024).toFixed(1).padStart(6)} KB`);
  }
  // The software set records the build alone (as it always has); the GPU set also the flags and
  // chrome://gpu's answer, since its pixels depend on them.
  const versionLine = gpu
    ? `${version}\nflags: ${flags.join(' ')}\nrasterization: ${gpuReport.rasterization}\nskia backend: ${gpuReport.skiaBackend}\nGL renderer: ${gpuReport.glRenderer}\n`
    : `${version}\n`;
  const versionPath = path.join(dirs.refs, 'chromium.txt');
  if (check) {
    if (!fs.existsSync(versionPath) || fs.readFileSync(versionPath, 'utf8') !== versionLine) mismatches.push(`${refsName}/chromium.txt`);
  } else {
    fs.writeFileSync(versionPath, versionLine);
    if (only.size === 0) {
      // Drop outputs of cases that no longer exist.
      const keep = new Set(manifest.cases.map((c) => c.name));
      for (const [dir, ext] of gpu ? [[dirs.refs, '.png']] : [[dirs.html, '.html'], [dirs.refs, '.png']])
        for (const f of fs.readdirSync(dir))
          if (f.endsWith(ext) && !keep.has(f.slice(0, -ext.length))) fs.rmSync(path.join(dir, f));
    }
  }
  console.log(`${selected.length} cases, ${(totalBytes / 1024 / 1024).toFixed(2)} MB of ${refsName}, ${version}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
if (check) console.log(mismatches.length ? `differs from the committed files:\n  ${mismatches.join('\n  ')}` : 'identical to the committed files');
if (failures.length) console.error(`problems:\n  ${failures.join('\n  ')}`);
process.exit(failures.length || mismatches.length ? 1 : 0);
