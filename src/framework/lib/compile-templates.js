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

function compileTemplates(frameworkRequire, host, inputs) {
  const compiler = frameworkRequire('glass-easel-template-compiler');
  const group = new compiler.TmplGroup();
  const problems = [];
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
      let found;
      try { found = group.addTmpl(input.path, blankSlotContent(input.text)) || []; } catch (e) { failed(input, e); continue; }
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
    return JSON.stringify({ code: group.getTmplGenObjectGroups(), problems });
  } finally {
    group.free();
  }
}

module.exports = { compileTemplates };
