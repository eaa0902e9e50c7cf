// Compiles a package's WXML and WXS with glass-easel's template compiler (Rust compiled to WASM)
// into one template group. Only the host's compile-cache miss path runs this, so a warm start
// never loads the compiler. Returns the JSON text the C# host caches: { code, problems }, where
// `code` is the generated expression (an object of template groups) and `problems` carry the
// compiler's 0-based positions.
'use strict';

// Content inside <slot>…</slot> (fallback content): WeChat's wcc accepts it and renders nothing of
// it, glass-easel's compiler refuses the whole template ("child nodes are not allowed"), so it is
// blanked before compiling. Characters become spaces (newlines stay), so every line and column a
// diagnostic names is still the file's own.
function blankSlotContent(text) {
  if (text.indexOf('<slot') < 0) return text;
  return text.replace(/(<slot\b[^>]*[^/>]>)([\s\S]*?)(<\/slot\s*>)/g,
    (_, open, inner, close) => open + inner.replace(/[^\n]/g, ' ') + close);
}

const EMPTY_MODULE = 'module.exports = {};';

// glass-easel's compiler recurses once per element level on a fixed WASM stack: about 290 nested
// elements overflow it ("memory access out of bounds") and leave the compiler unusable for every
// later file. So a file nesting elements deeper than this is reported at the element that crosses
// the limit and left out, before the compiler sees it. (WeChat's own guidance keeps pages far
// shallower: it flags node trees deeper than 30 levels.)
const MAX_NESTING = 256;

// The first element opened below MAX_NESTING levels, as { line, column, depth } (0-based), or null.
// A light scan, not a parser: comments, {{ }} expressions, quoted attribute values and the bodies of
// <wxs> elements are skipped; `<x/>` does not nest; `</x>` closes one level.
function tooDeep(text) {
  let depth = 0;
  let line = 0;
  let lineStart = 0;
  const n = text.length;
  const skipTo = (from, end) => {
    const at = text.indexOf(end, from);
    const stop = at < 0 ? n : at + end.length;
    for (let k = from; k < stop; k++) {
      if (text.charCodeAt(k) === 10) { line++; lineStart = k + 1; }
    }
    return stop;
  };
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '\n') { line++; lineStart = i + 1; i++; continue; }
    if (c === '{' && text[i + 1] === '{') { i = skipTo(i + 2, '}}'); continue; }
    if (c !== '<') { i++; continue; }
    if (text.startsWith('<!--', i)) { i = skipTo(i + 4, '-->'); continue; }
    if (text[i + 1] === '/') { depth = Math.max(0, depth - 1); i = skipTo(i + 2, '>'); continue; }
    if (!/[A-Za-z]/.test(text[i + 1] || '')) { i++; continue; }
    const tagLine = line;
    const tagColumn = i - lineStart;
    const name = /^[A-Za-z][\w:-]*/.exec(text.slice(i + 1, i + 64))[0];
    // The tag's end: the first '>' outside quotes and {{ }}.
    let j = i + 1;
    let quote = null;
    while (j < n) {
      const d = text[j];
      if (d === '\n') { line++; lineStart = j + 1; }
      if (quote) { if (d === quote) quote = null; } else if (d === '"' || d === "'") { quote = d; } else if (d === '{' && text[j + 1] === '{') { j = skipTo(j + 2, '}}'); continue; } else if (d === '>') { break; }
      j++;
    }
    const selfClosing = text[j - 1] === '/';
    i = j + 1;
    if (selfClosing) continue;
    if (name === 'wxs') { i = skipTo(i, '</wxs'); i = skipTo(i, '>'); continue; }
    depth++;
    if (depth > MAX_NESTING) return { line: tagLine, column: tagColumn, depth };
  }
  return null;
}

function compileTemplates(frameworkRequire, host, inputs) {
  const compiler = frameworkRequire('glass-easel-template-compiler');
  const group = new compiler.TmplGroup();
  const problems = [];
  let broken = null;
  // A compiler failure on one file (it is Rust code in WASM and may panic) becomes that file's
  // problem; the other files still compile.
  const failed = (input, e) => problems.push({
    path: input.path, isError: true, level: 'Fatal', code: 0, message: `the compiler failed: ${e && e.message || e}`,
    startLine: 0, startColumn: 0, endLine: 0, endColumn: 0,
  });
  // The compiler copies WXS into the generated code unchecked, so one syntax error would break
  // every template: each script is parsed by V8 first (host.syntaxError), and a broken one is
  // reported and replaced by an empty module.
  const checkScript = (path, text, file, firstLine) => {
    const found = host.syntaxError(text, file, firstLine);
    if (!found) return true;
    const at = JSON.parse(found);
    const line = at.line - 1;
    const column = Math.max(0, at.column - 1);
    problems.push({
      path, isError: true, level: 'Fatal', code: 0, message: `WXS ${at.message}`,
      startLine: line, startColumn: column, endLine: line, endColumn: column,
    });
    return false;
  };
  try {
    // Scripts first: templates refer to .wxs modules by path.
    for (const input of inputs) {
      if (input.kind !== 'wxs') continue;
      const text = checkScript(input.path, input.text, input.path + '.wxs', 0) ? input.text : EMPTY_MODULE;
      // A template's <wxs src> names the module without its extension; a .wxs file's own
      // require('../common/utils.wxs') keeps it. Register both, as WeChat resolves both.
      try { group.addScript(input.path, text); group.addScript(input.path + '.wxs', text); } catch (e) { failed(input, e); }
    }
    for (const input of inputs) {
      if (input.kind !== 'wxml') continue;
      const deep = tooDeep(input.text);
      if (deep) {
        problems.push({
          path: input.path, isError: true, level: 'Fatal', code: 0,
          message: `elements nest ${deep.depth} levels deep here, deeper than the ${MAX_NESTING} the template compiler supports; the file is left out`,
          startLine: deep.line, startColumn: deep.column, endLine: deep.line, endColumn: deep.column,
        });
        continue;
      }
      if (broken) {
        problems.push({
          path: input.path, isError: true, level: 'Fatal', code: 0, message: `not compiled: the template compiler failed on ${broken} before it`,
          startLine: 0, startColumn: 0, endLine: 0, endColumn: 0,
        });
        continue;
      }
      let found;
      // A panic inside the WASM module can leave it unusable (its stack pointer and borrow flags stay
      // where the panic left them), so after one failure no later file is handed to it.
      try { found = group.addTmpl(input.path, blankSlotContent(input.text)) || []; } catch (e) { failed(input, e); broken = input.path + '.wxml'; continue; }
      for (const name of group.getInlineScriptModuleNames(input.path) || []) {
        const text = group.getInlineScript(input.path, name);
        const line = group.getInlineScriptStartLine(input.path, name);
        if (!checkScript(input.path, text, input.path + '.wxml', line)) group.setInlineScript(input.path, name, EMPTY_MODULE);
      }
      for (const p of found) {
        problems.push({
          path: input.path, isError: !!p.isError, level: String(p.level), code: p.code, message: String(p.message),
          startLine: p.startLine, startColumn: p.startColumn, endLine: p.endLine, endColumn: p.endColumn,
        });
      }
    }
    // Pages open without templates rather than the app not starting.
    return JSON.stringify({ code: broken ? '({})' : group.getTmplGenObjectGroups(), problems });
  } finally {
    if (!broken) group.free();
  }
}

module.exports = { compileTemplates };
