// Writes conformance/app/expected/<group>/<name>.json for every case under cases/: the events
// group from glass-easel itself (events-oracle.js), the others from WeChat's documented rules
// (rules.js, simulate.js). Run: node conformance/app/tools/generate.js
'use strict';

const fs = require('fs');
const path = require('path');
const { simulate } = require('./simulate.js');
const { RULES } = require('./rules.js');

const ROOT = path.resolve(__dirname, '..');
let written = 0;
const skipped = [];
for (const group of fs.readdirSync(path.join(ROOT, 'cases')).sort()) {
  const groupDir = path.join(ROOT, 'cases', group);
  for (const name of fs.readdirSync(groupDir).sort()) {
    const dir = path.join(groupDir, name);
    if (!fs.existsSync(path.join(dir, 'steps.json'))) continue;
    let expected;
    try {
      if (group === 'events') {
        const oracle = require('./events-oracle.js');
        expected = Object.assign({ oracle: oracle.VERSION }, oracle.run(dir));
      } else {
        const { rules, trace } = simulate(dir);
        expected = { oracle: 'WeChat documentation rules (tools/rules.js)', rules, sources: Array.from(new Set(rules.map((r) => RULES[r].url))), trace };
      }
    } catch (e) {
      skipped.push(`${group}/${name}: ${e.message}`);
      continue;
    }
    const out = path.join(ROOT, 'expected', group, name + '.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(expected, null, 2) + '\n');
    written++;
  }
}
console.log(`${written} expectations written`);
for (const s of skipped) console.log(`not generated: ${s}`);
if (skipped.length > 0) process.exitCode = 1;
