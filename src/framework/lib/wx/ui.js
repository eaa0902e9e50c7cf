// Interaction overlays: wx.showToast / hideToast, wx.showLoading / hideLoading, wx.showModal and
// wx.showActionSheet. The render side draws them (Sparrow.Host/Shell, docs/shell.md) and answers
// the taps: showModal and showActionSheet settle when the user taps, never by themselves. Toast and
// loading share one slot, as in WeChat; a toast hides after `duration` on the render side's clock.
'use strict';

const { invoke, invokeHost, fail, checkType } = require('./callback.js');

const TOAST_ICONS = new Set(['success', 'error', 'loading', 'none']);

function createUi(runtime, report) {
  const pageId = () => (runtime.router.current ? runtime.router.current.id : 0);
  const send = (operands, listener) => runtime.render.request(pageId(), 'shell', operands, listener);

  /** A package path as WeChat reads an image option: '/'-rooted, else relative to the page on top. */
  function imagePath(path) {
    if (typeof path !== 'string' || path.length === 0) return undefined;
    if (path.startsWith('/')) return path;
    return '/' + runtime.router.resolve(path).route;
  }

  function color(options, name, fallback) {
    const value = options[name];
    if (value === undefined) return fallback;
    checkType(name, value, 'String');
    return value;
  }

  const showToast = (o) => invoke('showToast', o, (options) => {
    checkType('title', options.title, 'String');
    const icon = options.icon === undefined ? 'success' : options.icon;
    if (!TOAST_ICONS.has(icon)) throw fail(`parameter error: parameter.icon should be one of success, error, loading, none instead of ${icon};`);
    const duration = typeof options.duration === 'number' && options.duration >= 0 ? options.duration : 1500;
    send({ op: 'toast', title: options.title, icon, image: imagePath(options.image), duration, mask: options.mask === true });
    return {};
  }, report);

  const showLoading = (o) => invoke('showLoading', o, (options) => {
    checkType('title', options.title, 'String');
    send({ op: 'loading', title: options.title, mask: options.mask === true });
    return {};
  }, report);

  const hide = (name, op) => (o) => invoke(name, o || {}, (options) => {
    send({ op, noConflict: options.noConflict === true });
    return {};
  }, report);

  const showModal = (o) => invokeHost('showModal', o, (options, finish) => {
    const text = (name, fallback) => {
      if (options[name] === undefined) return fallback;
      checkType(name, options[name], 'String');
      return options[name];
    };
    const cancelText = text('cancelText', '取消');
    const confirmText = text('confirmText', '确定');
    // WeChat: "cancelText length should not larger then 4 Chinese characters".
    if (cancelText.length > 4) throw fail('cancelText length should not larger then 4 Chinese characters');
    if (confirmText.length > 4) throw fail('confirmText length should not larger then 4 Chinese characters');
    const operands = {
      op: 'modal', title: text('title', ''), content: text('content', ''), showCancel: options.showCancel !== false,
      cancelText, cancelColor: color(options, 'cancelColor', '#000000'),
      confirmText, confirmColor: color(options, 'confirmColor', '#576B95'),
    };
    // Without a render side nobody can answer: the call stays open, as a modal nobody taps does.
    send(operands, (payload) => finish(true, { confirm: payload.confirm === true, cancel: payload.cancel === true }));
  }, report);

  const showActionSheet = (o) => invokeHost('showActionSheet', o, (options, finish) => {
    checkType('itemList', options.itemList, 'Array');
    if (options.itemList.length === 0) throw fail('parameter error: parameter.itemList should have at least 1 item;');
    if (options.itemList.length > 6) throw fail('parameter error: parameter.itemList should not be large than 6');
    const operands = {
      op: 'actionSheet', itemList: options.itemList.map(String), itemColor: color(options, 'itemColor', '#000000'),
    };
    if (typeof options.alertText === 'string') operands.alertText = options.alertText;
    send(operands, (payload) => {
      if (typeof payload.tapIndex === 'number') finish(true, { tapIndex: payload.tapIndex });
      else finish(false, 'cancel');
    });
  }, report);

  return {
    showToast,
    hideToast: hide('hideToast', 'hideToast'),
    showLoading,
    hideLoading: hide('hideLoading', 'hideLoading'),
    showModal,
    showActionSheet,
  };
}

module.exports = { createUi };
