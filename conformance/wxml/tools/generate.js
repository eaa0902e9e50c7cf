#!/usr/bin/env node
// Regenerates conformance/wxml/expected/*.json: for every case in ../cases/*.json, WeChat's
// official WXML compiler (wcc, npm miniprogram-compiler) compiles the case's files and
// `$gwx(path)(data)` expands index.wxml with the case's data. The tree is stored as wcc gives it,
// minus its empty bookkeeping fields (`raw`, `generics`). A case wcc rejects is stored as
// { "error": … } so the runner can tell "wcc refuses this" from "we differ".
//
// Usage: (cd conformance/wxml/tools && npm ci && node generate.js)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { wxmlToJs } = require('miniprogram-compiler');

const root = path.resolve(__dirname, '..');
const casesDir = path.join(root, 'cases');
const expectedDir = path.join(root, 'expected');
fs.mkdirSync(expectedDir, { recursive: true });

// wcc's output keeps state on the global object, so each case runs in a fresh V8 context with
// the globals that output expects (`window`, `__wxAppCode__`, `__vd_version_info__`).
function freshContext() {
  const sandbox = { console: { log() {}, warn() {}, error() {}, info() {}, debug() {} }, __wxAppCode__: {}, __vd_version_info__: {} };
  sandbox.window = sandbox;
  return vm.createContext(sandbox);
}

function clean(node) {
  if (node === null || typeof node !== 'object') return node;
  const out = { tag: node.tag };
  if (node.attr !== undefined) out.attr = node.attr;
  out.children = (node.children || []).map(clean);
  return out;
}

function expand(testCase) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sparrow-wcc-'));
  try {
    for (const [name, text] of Object.entries(testCase.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    let code;
    try {
      code = wxmlToJs(dir);
    } catch (e) {
      return { error: `wcc rejected the case: ${String(e.message || e).split('\n')[0]}` };
    }
    try {
      const context = freshContext();
      context.__code = code;
      context.__data = JSON.stringify(testCase.data);
      const tree = vm.runInContext(
        "(() => { const $gwx = new Function('global', __code)({}); const render = $gwx('index.wxml');"
        + " return typeof render === 'function' ? JSON.stringify(render(JSON.parse(__data))) : null; })()", context);
      if (tree === null) return { error: 'wcc produced no render function for index.wxml' };
      return clean(JSON.parse(tree));
    } catch (e) {
      return { error: `wcc's output failed to render the case: ${String(e.message || e).split('\n')[0]}` };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let total = 0;
for (const file of fs.readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort()) {
  const group = JSON.parse(fs.readFileSync(path.join(casesDir, file), 'utf8'));
  const expected = {};
  for (const testCase of group.cases) {
    expected[testCase.name] = expand(testCase);
    total++;
  }
  fs.writeFileSync(path.join(expectedDir, file), JSON.stringify({ group: group.group, oracle: 'wcc (miniprogram-compiler 0.2.3)', expected }, null, 2) + '\n');
}
console.log(`wrote expectations for ${total} cases`);
