// The first thing a newcomer runs: `./dev demo` evaluates this file with the native-AOT
// `sparrow` binary. It exercises the logic-thread runtime: CommonJS require, JSON modules,
// timers, promises and console, all inside Sparrow's own V8 isolate.
const { greet, fib } = require('./lib/greeting');
const config = require('./lib/config.json');

console.log(greet(config.name));
console.log(`fib(30) = ${fib(30)}`);

Promise.resolve(config.steps)
  .then((steps) => steps.map((s) => s * 2))
  .then((doubled) => console.log('promise chain:', doubled));

let ticks = 0;
const timer = setInterval(() => {
  ticks += 1;
  console.log(`tick ${ticks}`);
  if (ticks === 3) {
    clearInterval(timer);
    setTimeout(() => console.log('done after', ticks, 'ticks'), 10);
  }
}, 20);

// The value of the last expression is what `sparrow eval` prints first.
`${config.name} ran on V8 with ${Object.keys(globalThis).length} globals`;
