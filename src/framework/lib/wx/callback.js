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

/**
 * An API the host answers later (a capability, a request): `start(options, finish)` begins the
 * work and calls `finish(ok, value)` once, in a later task, with the success object or the fail
 * reason. A `start` that throws an ApiError fails the call in a later task too. Returns a Promise
 * when no callback is given (and `promise` is not false), else what `start` returned.
 */
function invokeHost(name, options, start, report, promise = true) {
  options = options || {};
  let deliver = null;
  const result = promise && !hasCallback(options) ? new Promise((resolve, reject) => {
    deliver = (ok, value) => (ok ? resolve(value) : reject(value));
  }) : null;
  let done = false;
  const finish = (ok, value) => {
    if (done) return;
    done = true;
    const outcome = ok ? Object.assign({ errMsg: `${name}:ok` }, value) : { errMsg: `${name}:fail ${value}`.trimEnd() };
    if (deliver) { deliver(ok, outcome); return; }
    try {
      if (ok) { if (typeof options.success === 'function') options.success(outcome); }
      else if (typeof options.fail === 'function') options.fail(outcome);
    } catch (e) { report(e); }
    try { if (typeof options.complete === 'function') options.complete(outcome); } catch (e) { report(e); }
  };
  let started;
  try {
    started = start(options, finish);
  } catch (e) {
    const reason = e && e.wxReason !== undefined ? e.wxReason : String(e && e.message || e);
    if (!(e && e.wxReason !== undefined)) report(e);
    setTimeout(() => finish(false, reason), 0);
  }
  return result || started;
}

function typeName(value) {
  if (value === undefined) return 'Undefined';
  if (value === null) return 'Null';
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** WeChat's parameter check: `parameter error: parameter.<name> should be <Type> instead of <Actual>;`. */
function checkType(name, value, expected) {
  if (typeName(value) !== expected) throw fail(`parameter error: parameter.${name} should be ${expected} instead of ${typeName(value)};`);
}

/** A synchronous API: an ApiError becomes `Error("<name>:fail <reason>")`, as WeChat throws. */
function syncApi(name, body) {
  return function (...args) {
    try {
      return body(...args);
    } catch (e) {
      if (e && e.wxReason !== undefined) throw new Error(`${name}:fail ${e.wxReason}`);
      throw e;
    }
  };
}

module.exports = { invoke, invokeLater, invokeHost, fail, hasCallback, typeName, checkType, syncApi };
