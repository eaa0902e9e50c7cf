// The events oracle: glass-easel itself (the npm version src/framework/package.json pins), in
// Node, with its mini-program adapter and template compiler. It builds the case's page from the
// case's own WXML, JSON and JS (through support/observe.js, as the engine does), on glass-easel's
// own empty composed backend, dispatches each step's input event the way glass-easel's own DOM
// backend turns a touch into one (`triggerEvent(node, type, detail, { bubbles: true, composed:
// true, capturePhase: true })`, see its CurrentWindowBackendContext), and returns the handler trace.
'use strict';

const fs = require('fs');
const path = require('path');

const FRAMEWORK = path.resolve(__dirname, '../../../src/framework');
const SUPPORT = path.resolve(__dirname, '../support/observe.js');

function frameworkModule(name) {
  const pinned = JSON.parse(fs.readFileSync(path.join(FRAMEWORK, 'package.json'), 'utf8')).dependencies[name];
  const dir = path.join(FRAMEWORK, 'node_modules', name);
  const installed = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  if (installed !== pinned) throw new Error(`${name} ${installed} is installed, src/framework/package.json pins ${pinned}: run npm ci there`);
  return { module: require(dir), version: installed };
}

const glassEasel = frameworkModule('glass-easel');
const adapter = frameworkModule('glass-easel-miniprogram-adapter');
const compiler = frameworkModule('glass-easel-template-compiler');
const VERSION = `glass-easel ${glassEasel.version} + adapter ${adapter.version} + template compiler ${compiler.version}`;

function files(dir, ext, base = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...files(dir, ext, rel));
    else if (rel.endsWith(ext)) out.push(rel.slice(0, -ext.length));
  }
  return out;
}

/** Every element (shadow trees included) in document order. */
function walk(node, visit) {
  visit(node);
  if (node.shadowRoot) walk(node.shadowRoot, visit);
  for (const child of node.childNodes || []) walk(child, visit);
}

function run(dir) {
  const ge = glassEasel.module;
  ge.globalOptions.writeIdToDOM = true;
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'));
  const steps = JSON.parse(fs.readFileSync(path.join(dir, 'steps.json'), 'utf8'));
  const env = new adapter.module.MiniProgramEnv();
  const codeSpace = env.createCodeSpace('', true);

  const group = new compiler.module.TmplGroup();
  for (const p of files(dir, '.wxml')) group.addTmpl(p, fs.readFileSync(path.join(dir, p + '.wxml'), 'utf8'));
  // eslint-disable-next-line no-new-func
  const groups = new Function(`return (\n${group.getTmplGenObjectGroups()}\n)`)();
  group.free();
  for (const p of Object.keys(groups)) {
    // Mini programs write `bindtap="f"` on native nodes; glass-easel binds it only with this option.
    codeSpace.addCompiledTemplate(p, { groupList: groups, content: groups[p], fallbackListenerOnNativeNode: true });
  }

  globalThis.__observed = [];
  delete require.cache[SUPPORT];
  const observe = require(SUPPORT);
  const registered = new Set();
  const register = (p, kind) => {
    if (registered.has(p)) return;
    registered.add(p);
    const jsonPath = path.join(dir, p + '.json');
    const json = fs.existsSync(jsonPath) ? JSON.parse(fs.readFileSync(jsonPath, 'utf8')) : {};
    const using = {};
    for (const [name, target] of Object.entries(json.usingComponents || {})) {
      using[name] = target;
      register(target.replace(/^\//, ''), 'component');
    }
    codeSpace.addComponentStaticConfig(p, Object.assign({}, json, { usingComponents: using }, kind === 'component' ? { component: true } : {}));
    codeSpace.componentEnv(p, ({ Page, Component }) => {
      globalThis.Page = Page;
      globalThis.Component = Component;
      const file = path.join(dir, p + '.js');
      // The case's JS requires '../../observe.js' (the runner copies it to the package root).
      const module = { exports: {} };
      const requireInCase = (spec) => {
        if (spec.endsWith('observe.js')) return observe;
        throw new Error(`${p}.js: the events oracle provides observe.js only, not ${spec}`);
      };
      // eslint-disable-next-line no-new-func
      new Function('require', 'module', 'exports', fs.readFileSync(file, 'utf8'))(requireInCase, module, module.exports);
    });
  };
  const route = app.pages[0];
  register(route, 'page');
  const context = new ge.EmptyComposedBackendContext();
  const backend = env.associateBackend(context);
  const root = backend.createRoot('page', codeSpace, route);
  const rootNode = context.getRootNode();
  const placeholder = context.createElement('wx-x', 'wx-x');
  rootNode.appendChild(placeholder);
  root.attach(rootNode, placeholder);
  const page = root.getComponent();

  const trace = [];
  const flush = () => { trace.push(...globalThis.__observed.splice(0)); };
  const stack = () => { flush(); trace.push(`pages [${route}]`); };
  stack();
  for (const step of steps.steps) {
    const input = step.tap ? { target: step.tap, type: 'tap', detail: {} } : step.event;
    if (!input) throw new Error(`the events oracle models tap and event steps only, not ${JSON.stringify(step)}`);
    const id = input.target.slice(1);
    let target = null;
    walk(page, (n) => { if (!target && n instanceof ge.Element && n.id === id) target = n; });
    if (!target) trace.push(`(no element ${input.target} to dispatch ${input.type} at)`);
    else ge.triggerEvent(target, input.type, input.detail || {}, { bubbles: true, composed: true, capturePhase: true });
    stack();
  }
  return { trace };
}

module.exports = { run, VERSION };
