// One open page: its backend context and sink, its glass-easel root, and the hooks WeChat calls
// on it. glass-easel builds and updates the tree; the base library decides *when* a page loads,
// shows, hides and unloads (the adapter never calls page lifecycles itself), and tells the host
// (runtime.notifyPage: opened, shown, hidden, closed).
'use strict';

const { ComposedContext } = require('./backend.js');
const { RecordingSink } = require('./recording-sink.js');
const { sendPullDownConfig } = require('./wx/pull-down.js');

class PageHost {
  /**
   * Creates the page's component and attaches it under the context's root (this runs the
   * `created` and `attached` lifetimes of the page and its components), but calls no page hook.
   * `id` is the page's `__wxWebviewId__`, and its connection of the op stream.
   */
  constructor(runtime, id, route, query, sink) {
    this.runtime = runtime;
    this.route = route;
    this.query = query;
    this.id = id;
    this.sink = sink;
    // The sink that keeps the tree (dumpTree, tests): the sink itself, or the recording half of a tee.
    this.recording = sink instanceof RecordingSink ? sink : (sink && sink.recording instanceof RecordingSink ? sink.recording : null);
    this.context = new ComposedContext(runtime.glassEasel, sink, runtime.window);
    this.context.page = this; // how a component's queries find their page (render-channel.js pageOf)
    this.state = 'created';
    this.openerChannel = null;
    runtime.notifyPage('opened', this);
    try {
      this.root = this.createRoot(runtime, route, query);
    } catch (e) {
      // glass-easel could not build it (a template expression threw): it never joins the stack.
      this.close();
      throw e;
    }
    this.caller = this.root.get();
    this.component = this.root.getComponent();
    // What WeChat puts on every page instance.
    this.caller.route = route;
    this.caller.options = Object.assign({}, query);
    this.caller.__wxWebviewId__ = this.id;
    this.caller.getOpenerEventChannel = () => this.openerChannel;
    runtime.sendPageConfig(this);
    sendPullDownConfig(runtime, this); // enablePullDownRefresh & co. for the render side
  }

  /** The page component, created and attached under the context's root. */
  createRoot(runtime, route, query) {
    const backend = runtime.env.associateBackend(this.context);
    // Query parameters set same-named properties of a Component()-built page, as in WeChat;
    // glass-easel does that for the "?" part of the url.
    const search = Object.keys(query).map((k) => `${k}=${query[k]}`).join('&');
    const url = search ? `${route}?${search}` : route;
    const create = () => backend.createRoot('page', runtime.codeSpace, url);
    // A renderer fed by the op stream gets the page's stylesheets before its nodes.
    const root = this.sink.styleSheetsFirst === true ? this.context.withStyleSheetsFirst(create) : create();
    const rootNode = this.context.getRootNode();
    const placeholder = this.context.createElement('wx-x', 'wx-x');
    rootNode.appendChild(placeholder);
    root.attach(rootNode, placeholder);
    return root;
  }

  /** Tells the host the page is gone; what glass-easel does to its tree afterwards is not sent. */
  close() {
    this.runtime.notifyPage('closed', this);
    if (typeof this.sink.closeConnection === 'function') this.sink.closeConnection();
  }

  /** Calls a page hook (a method of the page) if it has one; an error goes to App.onError. */
  callHook(name, args) {
    const method = this.caller[name];
    if (typeof method !== 'function') return undefined;
    this.runtime.trace(`${this.route}.${name}`);
    try {
      return method.apply(this.caller, args || []);
    } catch (e) {
      this.runtime.reportError(e, `${this.route}.${name}`);
      return undefined;
    }
  }

  /** Calls a `pageLifetimes` entry on every component in the page. */
  pageLifetime(name, args) {
    try {
      this.component.triggerPageLifetime(name, args || []);
    } catch (e) {
      this.runtime.reportError(e, `pageLifetimes.${name}`);
    }
  }

  load() {
    this.state = 'loaded';
    this.callHook('onLoad', [Object.assign({}, this.query)]);
  }

  show() {
    if (this.state === 'shown') return;
    this.state = 'shown';
    this.runtime.notifyPage('shown', this);
    this.callHook('onShow');
    this.pageLifetime('show');
  }

  hide() {
    if (this.state !== 'shown') return;
    this.state = 'hidden';
    this.runtime.notifyPage('hidden', this);
    this.callHook('onHide');
    this.pageLifetime('hide');
  }

  /**
   * onReady comes once the first render has reached the renderer: the component `ready`
   * lifetimes (innermost first, as WeChat), then the page's onReady.
   */
  scheduleReady() {
    this.context.render(() => {
      if (this.state === 'unloaded') return;
      this.readyComponents(this.component);
      this.callHook('onReady');
    });
  }

  readyComponents(component) {
    // A component's own template lives in its shadow root; its childNodes are slot content.
    const walk = (node) => {
      if (node.shadowRoot) for (const child of node.shadowRoot.childNodes || []) visit(child);
      for (const child of node.childNodes || []) visit(child);
    };
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      walk(node);
      if (this.runtime.glassEasel.Component.isComponent(node) && node !== component) {
        try { node.triggerLifetime('ready', []); } catch (e) { this.runtime.reportError(e, 'ready'); }
      }
    };
    walk(component);
    try { component.triggerLifetime('ready', []); } catch (e) { this.runtime.reportError(e, 'ready'); }
  }

  unload() {
    // WeChat unloads without hiding first (navigateBack, redirectTo, reLaunch).
    if (this.state === 'unloaded') return;
    this.state = 'unloaded';
    this.callHook('onUnload');
    this.close(); // the host drops the page's tree now; releasing it need not be sent
    try {
      this.root.release();
    } catch (e) {
      this.runtime.reportError(e, `${this.route} release`);
    }
    this.context.destroy();
  }
}

module.exports = { PageHost };
