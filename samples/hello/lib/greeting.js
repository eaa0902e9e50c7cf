exports.greet = (name) => `你好, ${name}! Hello from Sparrow.`;

exports.fib = function fib(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
};
