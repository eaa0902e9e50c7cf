// wx.request over the host's network layer (C# IMiniProgramNetwork, HttpClient by default). The
// host checks the domain list and the timeout and answers in a later task; this side shapes the
// request as WeChat does (GET data → query string, object data → JSON or form body, default
// content-type application/json) and the response (dataType json → parsed when it parses,
// responseType arraybuffer → ArrayBuffer). Like WeChat, wx.request always returns a RequestTask
// (no Promise form).
'use strict';

const { invokeHost, fail, checkType } = require('./callback.js');

const METHODS = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']);

function isBinary(data) { return data instanceof ArrayBuffer || ArrayBuffer.isView(data); }

function queryString(data) {
  const parts = [];
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (value === undefined) continue;
    const text = value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  }
  return parts.join('&');
}

function withQuery(url, query) {
  if (!query) return url;
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  return base + (base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?') + query + fragment;
}

function headerValue(header, name) {
  for (const key of Object.keys(header)) if (key.toLowerCase() === name) return String(header[key]);
  return undefined;
}

function base64ToArrayBuffer(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function createRequest(host, hostCalls, report) {
  return function request(options) {
    let id = 0;
    let finished = false;
    const headerListeners = [];
    const task = {
      abort() { if (id && !finished) host.abortRequest(id); },
      onHeadersReceived(listener) { if (typeof listener === 'function') headerListeners.push(listener); },
      offHeadersReceived(listener) {
        const i = headerListeners.indexOf(listener);
        if (i >= 0) headerListeners.splice(i, 1); else if (listener === undefined) headerListeners.length = 0;
      },
      onChunkReceived() {},
      offChunkReceived() {},
    };
    invokeHost('request', options, (o, finish) => {
      checkType('url', o.url, 'String');
      const method = String(o.method || 'GET').toUpperCase();
      if (!METHODS.has(method)) throw fail(`parameter error: parameter.method should be one of ${Array.from(METHODS).join(', ')};`);
      const header = Object.assign({}, o.header || {});
      if (headerValue(header, 'content-type') === undefined) header['content-type'] = 'application/json';
      let url = o.url;
      let body;
      let buffer;
      const data = o.data;
      if (data !== undefined && data !== null) {
        if (method === 'GET') {
          url = withQuery(url, typeof data === 'object' && !isBinary(data) ? queryString(data) : String(data));
        } else if (isBinary(data)) {
          buffer = data;
        } else if (typeof data === 'string') {
          body = data;
        } else {
          body = headerValue(header, 'content-type').includes('application/x-www-form-urlencoded') ? queryString(data) : JSON.stringify(data);
        }
      }
      id = hostCalls.open((ok, payload, kind) => {
        if (kind === 'headers') {
          for (const listener of headerListeners.slice()) {
            try { listener({ header: payload.header, statusCode: payload.statusCode, cookies: payload.cookies }); } catch (e) { report(e); }
          }
          return;
        }
        finished = true;
        if (!ok) { finish(false, payload); return; }
        let result;
        if (payload.base64 !== undefined) {
          result = base64ToArrayBuffer(payload.base64);
        } else {
          result = payload.data;
          // WeChat parses JSON when asked to and hands back the text when it does not parse.
          if ((o.dataType || 'json') === 'json' && typeof result === 'string') {
            try { result = JSON.parse(result); } catch (e) { /* keep the text */ }
          }
        }
        finish(true, { data: result, statusCode: payload.statusCode, header: payload.header, cookies: payload.cookies });
      });
      host.request(id, JSON.stringify({ url, method, header, timeout: o.timeout, responseType: o.responseType || 'text', body }), buffer);
    }, report, false);
    return task;
  };
}

module.exports = { createRequest, base64ToArrayBuffer, queryString };
