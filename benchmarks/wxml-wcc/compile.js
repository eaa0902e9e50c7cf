#!/usr/bin/env node
// The compile half of the wxml-vs-wcc peer in `sparrow bench`: WeChat's official WXML compiler
// (wcc, npm miniprogram-compiler) compiles every .wxml file in DIR; prints one JSON line with the
// compiler's name and version and wcc's generated JS (the code that defines `$gwx`). The workload
// then runs that code in Sparrow's own V8 and times `$gwx(path)(data)` there, so both sides of the
// ratio run in the same JS engine (see benchmarks/PEERS.md).
//
//   node compile.js DIR
//   → {"compiler":"miniprogram-compiler 0.2.3","code":"…"}
//   → {"unavailable":"…"} when miniprogram-compiler is not installed or refuses the templates
'use strict';
const path = require('path');

const dir = process.argv[2];
if (!dir) throw new Error('compile.js needs the template folder');

let compiler;
try {
  compiler = require('miniprogram-compiler');
} catch (e) {
  console.log(JSON.stringify({ unavailable: `miniprogram-compiler could not be loaded (${String(e.message).split('\n')[0]}); run npm ci in benchmarks/wxml-wcc` }));
  process.exit(0);
}

const version = require(path.join(path.dirname(require.resolve('miniprogram-compiler')), 'package.json')).version;
let code;
try {
  code = compiler.wxmlToJs(path.resolve(dir));
} catch (e) {
  console.log(JSON.stringify({ unavailable: `wcc rejected the templates: ${String(e.message || e).split('\n')[0]}` }));
  process.exit(0);
}
console.log(JSON.stringify({ compiler: `miniprogram-compiler ${version}`, code }));
