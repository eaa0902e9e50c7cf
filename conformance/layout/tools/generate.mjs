// Lays out every fixture in ../fixtures/<group>/*.html in headless Chromium (the machine's
// /usr/bin/chromium, never a downloaded browser) at a 375x667 viewport, device scale factor 1, and
// writes the boxes of #test-root and its descendants to a .json file next to each fixture.
//
//   cd conformance/layout/tools && npm ci && node generate.mjs [substring-filter]
//
// Each box is the element's border box from getBoundingClientRect, relative to its parent's border
// box (the root's is relative to the viewport), in CSS pixels rounded to 1/1000.
// Scroll containers (overflow other than visible) also record scrollWidth / scrollHeight.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = path.resolve(here, '..', 'fixtures');
const filter = process.argv[2] ?? '';
const viewport = { width: 375, height: 667, deviceScaleFactor: 1 };

function listFixtures(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFixtures(full));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-layout-chromium-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--hide-scrollbars', '--force-device-scale-factor=1',
  ],
});

let count = 0;
try {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  for (const file of listFixtures(fixturesDir)) {
    const rel = path.relative(fixturesDir, file);
    if (filter && !rel.includes(filter)) continue;
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const root = await page.evaluate(() => {
      const r3 = (v) => Math.round(v * 1000) / 1000;
      function box(el, parentRect) {
        const r = el.getBoundingClientRect();
        const out = {
          x: r3(r.left - parentRect.left),
          y: r3(r.top - parentRect.top),
          width: r3(r.width),
          height: r3(r.height),
        };
        const cs = getComputedStyle(el);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          out.scrollWidth = el.scrollWidth;
          out.scrollHeight = el.scrollHeight;
        }
        const children = [...el.children].map((c) => box(c, r));
        if (children.length) out.children = children;
        return out;
      }
      const root = document.getElementById('test-root');
      return box(root, { left: 0, top: 0 });
    });
    const json = { viewport: { width: viewport.width, height: viewport.height }, root };
    fs.writeFileSync(file.replace(/\.html$/, '.json'), JSON.stringify(json, null, 1) + '\n');
    count++;
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`wrote expectations for ${count} fixtures`);
