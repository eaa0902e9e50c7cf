// Writes the paint suite's images into ../images/, deterministically, from the drawings below.
// Nothing is downloaded. PNG and GIF are encoded here (png.mjs, the GIF writer below); JPEG and
// WebP come from Chromium's own encoders (canvas.toDataURL in the machine's /usr/bin/chromium),
// so they are byte-identical for a given Chromium build.
//
//   cd conformance/paint/tools && npm ci && node make-images.mjs
//
// In the cases they are package paths: /images/<file>.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { encodePng } from './png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..', 'images');

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

/** An image from a function (x, y) → [r, g, b, a] evaluated at pixel centres. */
function draw(width, height, fn) {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgba.set(fn(x + 0.5, y + 0.5).map((v) => Math.round(v)), (y * width + x) * 4);
  return { width, height, rgba };
}

/** Coverage of a shape (inside(x, y) → bool) over a pixel, from 4×4 samples. */
function coverage(inside, px, py) {
  let n = 0;
  for (let j = 0; j < 4; j++) for (let i = 0; i < 4; i++) if (inside(px - 0.5 + (i + 0.5) / 4, py - 0.5 + (j + 0.5) / 4)) n++;
  return n / 16;
}

/** Source-over of a colour at a coverage onto [r, g, b, a] (straight alpha). */
function over(dst, color, cov) {
  const a = cov * (color[3] ?? 255) / 255, da = dst[3] / 255;
  const oa = a + da * (1 - a);
  if (oa === 0) return [0, 0, 0, 0];
  const c = (k) => (color[k] * a + dst[k] * da * (1 - a)) / oa;
  return [c(0), c(1), c(2), oa * 255];
}

const images = {};

// 48×32, four quadrants and a white centre square: shows scaling, cropping and alignment.
images['quadrants.png'] = draw(48, 32, (x, y) => {
  if (x > 20 && x < 28 && y > 12 && y < 20) return [255, 255, 255, 255];
  const c = y < 16 ? (x < 24 ? '#e53935' : '#43a047') : (x < 24 ? '#1e88e5' : '#fdd835');
  return [...hex(c), 255];
});

// 16×16 checker tile, 8 px cells: repeats and tile phase.
images['checker.png'] = draw(16, 16, (x, y) => [...hex((x < 8) === (y < 8) ? '#455a64' : '#eceff1'), 255]);

// 24×24 purple disc on transparent, anti-aliased edge: alpha compositing of images.
images['dot.png'] = draw(24, 24, (x, y) =>
  over([0, 0, 0, 0], [...hex('#8e24aa'), 255], coverage((u, v) => (u - 12) ** 2 + (v - 12) ** 2 <= 100, x, y)));

// 16×16 orange right-pointing triangle on transparent: orientation of repeated tiles.
images['arrow.png'] = draw(16, 16, (x, y) =>
  over([0, 0, 0, 0], [...hex('#ef6c00'), 255], coverage((u, v) => u >= 3 && u <= 13 && Math.abs(v - 8) <= (13 - u) * 0.5, x, y)));

// 64×64 smooth two-axis gradient: filtering when scaled.
images['gradient.png'] = draw(64, 64, (x, y) => [x * 4, y * 4, 160, 255]);

// 64×64 avatar: a head and shoulders on a pastel disc background.
images['avatar.png'] = draw(64, 64, (x, y) => {
  let c = [...hex('#b3e5fc'), 255];
  c = over(c, [...hex('#0288d1'), 255], coverage((u, v) => (u - 32) ** 2 + (v - 26) ** 2 <= 121, x, y));
  c = over(c, [...hex('#0288d1'), 255], coverage((u, v) => ((u - 32) / 22) ** 2 + ((v - 62) / 20) ** 2 <= 1, x, y));
  return c;
});

// 64×48 "photo": sky gradient, sun, hill. Encoded as JPEG and WebP by Chromium.
const photo = draw(64, 48, (x, y) => {
  let c = [80 + y * 2, 150 + y * 1.5, 235, 255];
  c = over(c, [...hex('#ffeb3b'), 255], coverage((u, v) => (u - 46) ** 2 + (v - 13) ** 2 <= 49, x, y));
  c = over(c, [...hex('#388e3c'), 255], coverage((u, v) => v >= 34 - 10 * Math.sin(u / 64 * Math.PI), x, y));
  return c;
});

// 32×32 GIF: a four-colour diamond with a transparent background (palette index 0).
const GIF_PALETTE = [[0, 0, 0], ...['#c62828', '#fbc02d', '#1565c0'].map(hex)];
const gifIndices = new Uint8Array(32 * 32);
for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) {
  const d = Math.abs(x + 0.5 - 16) + Math.abs(y + 0.5 - 16);
  gifIndices[y * 32 + x] = d < 6 ? 3 : d < 11 ? 2 : d < 15 ? 1 : 0;
}

/** LZW-compressed GIF89a with one frame and a transparent palette index (GIF89a spec, §22, Appendix F). */
function encodeGif(width, height, palette, indices, transparentIndex) {
  let bits = 1;
  while (1 << bits < palette.length) bits++;
  const tableSize = 1 << bits;
  const minCodeSize = Math.max(2, bits);
  const out = [];
  const u16 = (v) => out.push(v & 0xff, v >> 8);
  out.push(...Buffer.from('GIF89a', 'ascii'));
  u16(width); u16(height);
  out.push(0x80 | ((bits - 1) << 4) | (bits - 1), 0, 0);
  for (let i = 0; i < tableSize; i++) out.push(...(palette[i] ?? [0, 0, 0]));
  out.push(0x21, 0xf9, 4, transparentIndex === undefined ? 0 : 1, 0, 0, transparentIndex ?? 0, 0);
  out.push(0x2c); u16(0); u16(0); u16(width); u16(height); out.push(0);
  out.push(minCodeSize);
  // LZW, as in omggif's encoder: grow the code size when the next code no longer fits.
  const clear = 1 << minCodeSize, eoi = clear + 1;
  let codeSize = minCodeSize + 1, next = eoi + 1, table = new Map();
  const data = [];
  let cur = 0, shift = 0;
  const emit = (code) => {
    cur |= code << shift; shift += codeSize;
    while (shift >= 8) { data.push(cur & 0xff); cur >>= 8; shift -= 8; }
  };
  emit(clear);
  let prefix = indices[0];
  for (let i = 1; i < indices.length; i++) {
    const k = indices[i], key = (prefix << 8) | k;
    const code = table.get(key);
    if (code !== undefined) { prefix = code; continue; }
    emit(prefix);
    if (next === 4096) { emit(clear); next = eoi + 1; codeSize = minCodeSize + 1; table = new Map(); }
    else { if (next >= 1 << codeSize) codeSize++; table.set(key, next++); }
    prefix = k;
  }
  emit(prefix);
  emit(eoi);
  if (shift > 0) data.push(cur & 0xff);
  for (let i = 0; i < data.length; i += 255) {
    const block = data.slice(i, i + 255);
    out.push(block.length, ...block);
  }
  out.push(0, 0x3b);
  return Buffer.from(out);
}

fs.mkdirSync(outDir, { recursive: true });
const written = [];
for (const [name, img] of Object.entries(images)) {
  fs.writeFileSync(path.join(outDir, name), encodePng(img));
  written.push(name);
}
fs.writeFileSync(path.join(outDir, 'diamond.gif'), encodeGif(32, 32, GIF_PALETTE, gifIndices, 0));
written.push('diamond.gif');

// JPEG and WebP from Chromium's encoders.
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-paint-images-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const encoded = await page.evaluate(({ width, height, pixels }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    ctx.putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
    return { jpeg: canvas.toDataURL('image/jpeg', 0.9), webp: canvas.toDataURL('image/webp', 0.9) };
  }, { width: photo.width, height: photo.height, pixels: [...photo.rgba] });
  for (const [file, url, mime] of [['photo.jpg', encoded.jpeg, 'image/jpeg'], ['photo.webp', encoded.webp, 'image/webp']]) {
    if (!url.startsWith(`data:${mime};base64,`)) throw new Error(`Chromium did not encode ${mime}`);
    fs.writeFileSync(path.join(outDir, file), Buffer.from(url.split(',')[1], 'base64'));
    written.push(file);
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
for (const f of written) console.log(`${f.padEnd(14)} ${fs.statSync(path.join(outDir, f)).size} bytes`);
