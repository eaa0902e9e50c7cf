// Runs the official WXSS compiler (npm miniprogram-compiler's Linux x64 `wcsc`) over every case in
// ../wcsc/cases.json and records the CSS its generated runtime produces at each window width.
//
//   cd conformance/css/tools && npm ci && node generate-wcsc.mjs
//
// wcsc compiles WXSS to JS: string pieces plus [0, n] markers for "n rpx", which its runtime turns
// into px with transformRPX(n, deviceWidth). We run that JS in a vm with a fake window/document
// (non-iOS, devicePixelRatio 2) and capture the text it writes into <style>.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const suite = path.resolve(here, '..', 'wcsc');
const wcsc = path.join(here, 'node_modules', 'miniprogram-compiler', 'bin', 'linux', 'wcsc');
fs.chmodSync(wcsc, 0o755);
const { widths, cases } = JSON.parse(fs.readFileSync(path.join(suite, 'cases.json'), 'utf8'));

function jsString(escaped) {
  // wcsc prints each chunk as the body of a JS string literal (\x22 for quotes, \n for newlines).
  return new Function(`return "${escaped}";`)();
}

function run(files, entry, width) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-wcsc-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const others = Object.keys(files).filter((f) => f !== entry).map((f) => './' + f);
    const res = spawnSync(wcsc, ['-pc', '1', './' + entry, ...others], { cwd: dir, maxBuffer: 1 << 26 });
    if (res.status !== 0) return { error: res.stderr.toString().trim() || `wcsc exited ${res.status}` };
    const parts = res.stdout.toString().split('=');
    const chunks = {};
    for (let i = 0; i + 1 < parts.length; i += 2) chunks[parts[i]] = parts[i + 1];
    const styles = [];
    const document = {
      head: { appendChild: (s) => styles.push(s) },
      getElementsByTagName: () => [document.head],
      createElement: () => ({ setAttribute() {}, childNodes: [], appendChild(n) { this.childNodes.push(n); } }),
      createTextNode: (t) => ({ nodeValue: t }),
    };
    const window = { screen: { width, height: 812 }, devicePixelRatio: 2 };
    const ctx = vm.createContext({ window, document, navigator: { userAgent: 'Android' }, console, __COMMON_STYLESHEETS__: undefined });
    vm.runInContext(jsString(chunks.comm), ctx);
    styles.length = 0;
    vm.runInContext(jsString(chunks['./' + entry]) + '()', ctx);
    return { css: styles.map((s) => s.childNodes.map((n) => n.nodeValue).join('')).join('') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const expected = {};
for (const c of cases) {
  expected[c.name] = {};
  for (const w of widths) expected[c.name][w] = run(c.files, c.entry, w);
}
fs.writeFileSync(path.join(suite, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
console.log(`wcsc: ${cases.length} cases x ${widths.length} widths written to conformance/css/wcsc/expected.json`);
