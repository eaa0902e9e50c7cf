// Loads every case of ../computed/cases.json into headless Chromium (the machine's
// /usr/bin/chromium, never a downloaded browser) and records getComputedStyle for each
// (element id, property) pair into ../computed/expected.json.
//
//   cd conformance/css/tools && npm ci && node make-computed-cases.mjs && node generate-chromium.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '..', 'computed');
const { viewport, cases } = JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8'));

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
export function html(c) {
  const node = (n) => `<${n.tag}${Object.entries(n.attrs).map(([k, v]) => ` ${k}="${escape(v)}"`).join('')}>${n.children.map(node).join('')}</${n.tag}>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${c.css}</style></head><body>${node(c.tree)}</body></html>`;
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-css-chromium-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--force-device-scale-factor=1'],
});
const expected = {};
try {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  for (const c of cases) {
    await page.setContent(html(c), { waitUntil: 'load' });
    expected[c.name] = await page.evaluate((queries) => queries.map(([id, prop]) => {
      const el = document.getElementById(id);
      return el ? getComputedStyle(el).getPropertyValue(prop) : null;
    }), c.queries);
  }
  expected.__chromium = await browser.version();
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
console.log(`computed: ${cases.length} cases from ${expected.__chromium} written to conformance/css/computed/expected.json`);
