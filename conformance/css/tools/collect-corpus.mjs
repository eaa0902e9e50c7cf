// Lists every .wxss file of the real-world packages (npm tdesign-miniprogram, @vant/weapp,
// weui-miniprogram, installed by set-up in conformance/packages with versions pinned there) in
// ../corpus/manifest.json. The files themselves are never committed; the runner reads them from
// conformance/packages/node_modules.
//
//   (cd conformance/packages && npm ci) && cd conformance/css/tools && node collect-corpus.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', 'corpus');
const packages = ['tdesign-miniprogram', '@vant/weapp', 'weui-miniprogram'];

function list(dir) {
  const result = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) result.push(...list(full));
    else if (e.name.endsWith('.wxss')) result.push(full);
  }
  return result.sort();
}

fs.mkdirSync(out, { recursive: true });
const manifest = { packages: [] };
for (const name of packages) {
  const root = path.resolve(here, '..', '..', 'packages', 'node_modules', name);
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const folder = name.replace('/', '__');
  const files = list(root).map((f) => path.relative(root, f));
  manifest.packages.push({ name, version, folder, files });
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`corpus: ${manifest.packages.map((p) => `${p.name}@${p.version} (${p.files.length} files)`).join(', ')}`);
