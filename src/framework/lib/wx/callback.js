// WeChat's asynchronous API shape: an object with success/fail/complete, or, when none of the
// three is given, a Promise (resolved with the success result, rejected with the fail result).
// Results always carry `errMsg` ("name:ok" or "name:fail reason"). Callbacks run in a later
// microtask, never inside the call, as in WeChat.
'use strict';

function hasCallback(options) {
  return !!options && (typeof options.success === 'function' || typeof options.fail === 'function'
    || typeof options.complete === 'function');
}

/**
 * Runs `body(options)` (which returns a result object or throws an ApiError) and delivers the
 * outcome the WeChat way. `name` is the API name used in errMsg.
 */
function invoke(name, options, body, report) {
  const settle = (ok, result) => {
    Promise.resolve().then(() => {
      try {
        if (ok) { if (typeof options.success === 'function') options.success(result); }
        else if (typeof options.fail === 'function') options.fail(result);
      } catch (e) { report(e); }
      try { if (typeof options.complete === 'function') options.complete(result); } catch (e) { report(e); }
    });
  };
  const run = () => {
    try {
      return { ok: true, result: Object.assign({ errMsg: `${name}:ok` }, body(options || {})) };
    } catch (e) {
      const reason = e && e.wxReason !== undefined ? e.wxReason : String(e && e.message || e);
      return { ok: false, result: { errMsg: `${name}:fail ${reason}`.trimEnd() } };
    }
  };
  if (hasCallback(options)) {
    const outcome = run();
    settle(outcome.ok, outcome.result);
    return undefined;
  }
  return new Promise((resolve, reject) => {
    const outcome = run();
    if (outcome.ok) resolve(outcome.result); else reject(outcome.result);
  });
}

/** An error whose `wxReason` becomes the text after "name:fail ". */
function fail(reason) {
  const e = new Error(reason);
  e.wxReason = reason;
  return e;
}

/**
 * As `invoke`, but the body runs in a task of its own (setTimeout 0): routing APIs open pages
 * after the calling code has finished, as WeChat does.
 */
function invokeLater(name, options, body, report) {
  let deliver;
  const promise = hasCallback(options) ? null : new Promise((resolve, reject) => {
    deliver = (ok, result) => (ok ? resolve(result) : reject(result));
  });
  setTimeout(() => {
    let ok = true;
    let result;
    try {
      result = Object.assign({ errMsg: `${name}:ok` }, body(options || {}));
    } catch (e) {
      ok = false;
      const reason = e && e.wxReason !== undefined ? e.wxReason : String(e && e.message || e);
      if (!(e && e.wxReason !== undefined)) report(e);
      result = { errMsg: `${name}:fail ${reason}`.trimEnd() };
    }
    if (promise) {
      deliver(ok, result);
      return;
    }
    try {
      if (ok) { if (typeof options.success === 'function') options.success(result); }
      else if (typeof options.fail === 'function') options.fail(result);
    } catch (e) { report(e); }
    try { if (typeof options.complete === 'function') options.complete(result); } catch (e) { report(e); }
  }, 0);
  return promise || undefined;
}

module.exports = { invoke, invokeLater, fail, hasCallback };
