/* test_host.c — host functions, calling JS from C, external buffers, microtasks, rejections. */
#include "harness.h"

enum { FN_DESCRIBE = 1, FN_ECHO, FN_FAIL, FN_REENTER, FN_DISPOSE, FN_BADRESULT, FN_RECURSE };
static int g_depth, g_max_depth;

static char g_out[1024];
static int g_calls;

static void append(const char* fmt_s, const char* p, int64_t len) {
  size_t n = strlen(g_out);
  snprintf(g_out + n, sizeof g_out - n, fmt_s, (int)len, p);
}

static void describe(const sp_value* v) {
  char num[64];
  switch (v->kind) {
    case SP_KIND_UNDEFINED: append("undef%.*s|", "", 0); break;
    case SP_KIND_NULL: append("null%.*s|", "", 0); break;
    case SP_KIND_BOOL: append("bool:%.*s|", v->number != 0 ? "1" : "0", 1); break;
    case SP_KIND_NUMBER:
      snprintf(num, sizeof num, "%g", v->number);
      append("num:%.*s|", num, (int64_t)strlen(num));
      break;
    case SP_KIND_STRING: append("str:%.*s|", v->ptr, v->len); break;
    case SP_KIND_JSON: append("json:%.*s|", v->ptr, v->len); break;
    case SP_KIND_ARRAYBUFFER:
      snprintf(num, sizeof num, "%lld:%d,%d", (long long)v->len, v->len > 0 ? v->ptr[0] : -1,
               v->len > 1 ? v->ptr[1] : -1);
      append("ab:%.*s|", num, (int64_t)strlen(num));
      break;
    case SP_KIND_HANDLE: append("handle%.*s|", "", 0); break;
    default: append("?%.*s|", "", 0); break;
  }
}

static void set_string(sp_value* r, const char* s) {
  r->kind = SP_KIND_STRING;
  r->ptr = s;
  r->len = (int64_t)strlen(s);
}

static sp_status dispatch(void* user, sp_context* ctx, int32_t id, const sp_value* args,
                          int32_t argc, sp_value* result) {
  CHECK(user == (void*)&g_calls);
  ++g_calls;
  switch (id) {
    case FN_DESCRIBE:
      g_out[0] = '\0';
      for (int32_t i = 0; i < argc; ++i) {
        describe(&args[i]);
        if (args[i].kind == SP_KIND_HANDLE) sp_handle_release(ctx, args[i].handle);
      }
      set_string(result, g_out);
      return SP_OK;
    case FN_ECHO:
      if (argc > 0) *result = args[0];
      return SP_OK;
    case FN_FAIL:
      result->kind = SP_KIND_ERROR;
      result->ptr = "boom from host";
      result->len = 14;
      return 1;
    case FN_REENTER: {
      /* The outer argument must survive a nested call into the same context. */
      CHECK(argc == 1 && args[0].kind == SP_KIND_STRING);
      const char* outer = args[0].ptr;
      int64_t outer_len = args[0].len;
      char saved[64];
      snprintf(saved, sizeof saved, "%.*s", (int)outer_len, outer);
      sp_value nested;
      sp_status st = run(ctx, "'nested:' + echo('deep') + describe(1)", "nested.js", &nested);
      CHECK(st == SP_OK && nested.kind == SP_KIND_STRING);
      CHECK(outer_len == (int64_t)strlen(saved) && memcmp(outer, saved, (size_t)outer_len) == 0);
      snprintf(g_out, sizeof g_out, "%.*s/%.*s", (int)outer_len, outer, (int)nested.len,
               nested.ptr);
      set_string(result, g_out);
      return SP_OK;
    }
    case FN_DISPOSE:
      sp_context_dispose(ctx);
      CHECK(run(ctx, "1", "after.js", NULL) == SP_ERR_STATE);  /* not freed yet: refused */
      result->kind = SP_KIND_NUMBER;
      result->number = 1;
      return SP_OK;
    case FN_BADRESULT:
      result->kind = 99;
      return SP_OK;
    case FN_RECURSE: {
      /* JS → host → sp_script_run → JS → host … until V8's stack limit throws. */
      sp_value r;
      if (++g_depth > g_max_depth) g_max_depth = g_depth;
      sp_status st = run(ctx, "recurse()", "recurse.js", &r);
      --g_depth;
      if (st == SP_OK) {
        *result = r;
        return SP_OK;
      }
      sp_error_info e;
      sp_context_last_error(ctx, &e);
      /* Each level wraps the message in "Error: "; pass the innermost one on unchanged. */
      while (e.message_len > 7 && memcmp(e.message, "Error: ", 7) == 0) {
        e.message += 7;
        e.message_len -= 7;
      }
      snprintf(g_out, sizeof g_out, "%.*s", (int)e.message_len, e.message);
      result->kind = SP_KIND_ERROR;
      result->ptr = g_out;
      result->len = (int64_t)strlen(g_out);
      return 1;
    }
  }
  return 1;
}

static void define(sp_context* ctx, const char* name, int32_t id) {
  CHECK_OK(ctx, sp_context_define_function(ctx, name, (int64_t)strlen(name), id));
}

void test_host_dispatch(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  sp_runtime_set_dispatcher(rt, dispatch, &g_calls);
  define(ctx, "describe", FN_DESCRIBE);
  define(ctx, "echo", FN_ECHO);
  define(ctx, "fail", FN_FAIL);
  define(ctx, "reenter", FN_REENTER);
  define(ctx, "badResult", FN_BADRESULT);
  SAY("arguments convert: number, string, bool, null, JSON, undefined, view, function");
  expect_string(ctx,
                "describe(1.5, 'h\\u00e9', true, null, {a: [1, 2]}, undefined,\n"
                "         new Uint8Array([1, 2, 3]).subarray(1), function () {})",
                "num:1.5|str:h\xc3\xa9|bool:1|null|json:{\"a\":[1,2]}|undef|ab:2:2,3|handle|");
  SAY("results convert back: string, JSON object, function handle");
  expect_string(ctx, "echo('round') + typeof echo(undefined)", "roundundefined");
  expect_number(ctx, "echo({x: {y: 4}}).x.y", 4);
  expect_number(ctx, "function g() {}; echo(g) === g ? 1 : 0", 1);
  SAY("a failing host function throws an Error JS can catch");
  expect_string(ctx, "try { fail(); 'no' } catch (e) { (e instanceof Error) + ':' + e.message }",
                "true:boom from host");
  expect_string(ctx, "try { badResult(); 'no' } catch (e) { e.name }", "TypeError");
  SAY("re-entrant sp_script_run from inside the dispatcher");
  expect_string(ctx, "reenter('outer')", "outer/nested:deepnum:1|");
  SAY("a result string passed straight back in as an argument stays valid");
  sp_value prev, fnv, back;
  CHECK_OK(ctx, sp_context_get_global(ctx, "echo", 4, &fnv));
  CHECK_OK(ctx, run(ctx, "'x'.repeat(100)", "p.js", &prev));
  CHECK_OK(ctx, sp_function_call(ctx, fnv.handle, NULL, &prev, 1, &back));
  CHECK(back.kind == SP_KIND_STRING && back.len == 100 && back.ptr[99] == 'x');
  SAY("unbounded host re-entrancy ends in a catchable RangeError, not a native crash");
  define(ctx, "recurse", FN_RECURSE);
  expect_string(ctx, "try { recurse(); 'no' } catch (e) { e.message }",
                "RangeError: Maximum call stack size exceeded");
  SAY("reached depth %d", g_max_depth);
  CHECK(g_max_depth > 10 && g_depth == 0);
  expect_string(ctx, "function r() { return r() + 1; } try { r() } catch (e) { e.name }",
                "RangeError");
  SAY("host functions are not constructors; length 0 and a name");
  expect_string(ctx, "try { new echo(); 'no' } catch (e) { e.name + ':' + echo.name }",
                "TypeError:echo");
  SAY("%d dispatcher calls", g_calls);
  CHECK(g_calls >= 9);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_no_dispatcher(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  define(ctx, "f", 1);
  SAY("calling a host function without a dispatcher throws Error('no host dispatcher')");
  expect_string(ctx, "try { f(); 'no' } catch (e) { e.message }", "no host dispatcher");
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_function_call(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v, fn;
  new_runtime(0, 0, &rt, &ctx);
  SAY("call a JS function handle from C with args");
  CHECK_OK(ctx, run(ctx, "function add(a, b) { return a + b; }; add", "fn.js", &fn));
  CHECK(fn.kind == SP_KIND_HANDLE);
  sp_value args[2] = {{SP_KIND_NUMBER, 0, 40, NULL, 0, 0}, {SP_KIND_NUMBER, 0, 2, NULL, 0, 0}};
  CHECK_OK(ctx, sp_function_call(ctx, fn.handle, NULL, args, 2, &v));
  CHECK(v.kind == SP_KIND_NUMBER && v.number == 42);
  sp_value sargs[2] = {{SP_KIND_STRING, 0, 0, "ab", 2, 0}, {SP_KIND_STRING, 0, 0, "cd", 2, 0}};
  CHECK_OK(ctx, sp_function_call(ctx, fn.handle, NULL, sargs, 2, &v));
  CHECK(value_is_string(&v, "abcd"));
  SAY("with a receiver (JSON object)");
  sp_value thisfn;
  CHECK_OK(ctx, run(ctx, "(function (k) { return this === undefined ? 'undef' : this[k]; })",
                    "fn.js", &thisfn));
  sp_value recv = {SP_KIND_JSON, 0, 0, "{\"x\":\"seven\"}", 13, 0};
  sp_value k = {SP_KIND_STRING, 0, 0, "x", 1, 0};
  CHECK_OK(ctx, sp_function_call(ctx, thisfn.handle, &recv, &k, 1, &v));
  CHECK(value_is_string(&v, "seven"));
  SAY("NULL receiver: a sloppy function sees globalThis, a strict one undefined");
  CHECK_OK(ctx, sp_function_call(ctx, thisfn.handle, NULL, &k, 1, &v));
  CHECK(v.kind == SP_KIND_UNDEFINED); /* globalThis.x */
  sp_value strict;
  CHECK_OK(ctx, run(ctx, "(function () { 'use strict'; return this === undefined; })", "fn.js",
                    &strict));
  CHECK_OK(ctx, sp_function_call(ctx, strict.handle, NULL, NULL, 0, &v));
  CHECK(v.kind == SP_KIND_BOOL && v.number == 1);
  SAY("get_global returns a function as a handle");
  sp_value g;
  CHECK_OK(ctx, sp_context_get_global(ctx, "add", 3, &g));
  CHECK(g.kind == SP_KIND_HANDLE && g.handle != fn.handle);
  CHECK_OK(ctx, sp_function_call(ctx, g.handle, NULL, args, 2, &v));
  CHECK(v.number == 42);
  SAY("an exception in the callee → SP_ERR_EXCEPTION with its message");
  sp_value thrower;
  CHECK_OK(ctx, run(ctx, "(function () { throw new TypeError('bad call'); })", "t.js", &thrower));
  CHECK_STATUS(ctx, sp_function_call(ctx, thrower.handle, NULL, NULL, 0, &v), SP_ERR_EXCEPTION);
  sp_error_info e;
  sp_context_last_error(ctx, &e);
  CHECK(contains(e.message, e.message_len, "TypeError: bad call") && e.line == 1);
  SAY("a non-function handle is an argument error");
  sp_value obj;
  CHECK_OK(ctx, run(ctx, "var cyc = {}; cyc.me = cyc; cyc", "o.js", &obj));
  CHECK(obj.kind == SP_KIND_HANDLE);
  CHECK(sp_function_call(ctx, obj.handle, NULL, NULL, 0, &v) == SP_ERR_ARGUMENT);
  sp_handle_release(ctx, fn.handle);
  CHECK(sp_function_call(ctx, fn.handle, NULL, args, 2, &v) == SP_ERR_ARGUMENT);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_external_arraybuffer(void) {
  static uint8_t mem[16];
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  uint64_t h = 0;
  new_runtime(0, 0, &rt, &ctx);
  SAY("JS writes into C memory through an external ArrayBuffer");
  CHECK_OK(ctx, sp_context_new_external_arraybuffer(ctx, mem, sizeof mem, &h));
  CHECK(h != 0);
  sp_value hv = {SP_KIND_HANDLE, 0, 0, NULL, 0, h};
  CHECK_OK(ctx, sp_context_set_global(ctx, "buf", 3, &hv));
  expect_number(ctx, "globalThis.view = new Uint8Array(buf); view[3] = 7; buf.byteLength", 16);
  CHECK(mem[3] == 7);
  SAY("C writes are seen by JS");
  mem[5] = 9;
  expect_number(ctx, "view[5]", 9);
  SAY("a view comes back as a pointer into the same memory");
  CHECK_OK(ctx, run(ctx, "new Uint8Array(buf, 2, 4)", "ab.js", &v));
  CHECK(v.kind == SP_KIND_ARRAYBUFFER && v.ptr == (const char*)mem + 2 && v.len == 4);
  SAY("detach: JS sees length 0 and C memory is no longer reachable");
  CHECK_OK(ctx, sp_arraybuffer_detach(ctx, h));
  expect_number(ctx, "buf.byteLength + view.length", 0);
  expect_number(ctx, "view[3] = 1; view[3] === undefined ? 1 : 0", 1);
  CHECK(mem[3] == 7);
  sp_handle_release(ctx, h);
  CHECK(sp_arraybuffer_detach(ctx, h) == SP_ERR_ARGUMENT);
  SAY("a buffer still alive at context dispose is detached then");
  CHECK_OK(ctx, sp_context_new_external_arraybuffer(ctx, mem, 8, &h));
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_microtasks(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  SAY("Promise.then does not run until sp_context_run_microtasks");
  expect_string(ctx,
                "globalThis.log = [];\n"
                "Promise.resolve().then(() => log.push('then'));\n"
                "(async () => { await null; log.push('async'); })();\n"
                "log.push('sync'); log.join()",
                "sync");
  expect_string(ctx, "log.join()", "sync");
  CHECK_OK(ctx, sp_context_run_microtasks(ctx));
  expect_string(ctx, "log.join()", "sync,then,async");
  SAY("an exception in a job is not reported by run_microtasks");
  expect_number(ctx, "Promise.resolve().then(() => { throw new Error('x'); }).catch(() => {}); 1",
                1);
  expect_number(ctx, "Promise.reject(1).catch(() => log.push('caught')); 1", 1);
  CHECK_OK(ctx, sp_context_run_microtasks(ctx));
  expect_string(ctx, "log.join()", "sync,then,async,caught");
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

static struct {
  int count, revoked;
  int32_t last_id, first_id;
  char message[256];
  char resource[64];
  int line;
  sp_context* ctx;
} g_rej;

static void on_rejection(void* user, sp_context* ctx, const sp_error_info* info, int32_t revoked) {
  CHECK(user == (void*)&g_rej);
  CHECK(ctx == g_rej.ctx);
  if (revoked) {
    ++g_rej.revoked;
  } else {
    ++g_rej.count;
    snprintf(g_rej.message, sizeof g_rej.message, "%.*s", (int)info->message_len, info->message);
    snprintf(g_rej.resource, sizeof g_rej.resource, "%.*s", (int)info->resource_len,
             info->resource);
    g_rej.line = info->line;
    if (g_rej.first_id == 0) g_rej.first_id = info->reserved;
  }
  g_rej.last_id = info->reserved;
}

void test_rejection(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  g_rej.ctx = ctx;
  sp_runtime_set_rejection_callback(rt, on_rejection, &g_rej);
  SAY("an unhandled rejection calls the callback with the message and position");
  CHECK_OK(ctx, run(ctx, "\nPromise.reject(new Error('nobody catches'));", "rej.js", NULL));
  CHECK_OK(ctx, sp_context_run_microtasks(ctx));
  printf("    got: %s at %s:%d (id %d)\n", g_rej.message, g_rej.resource, g_rej.line,
         g_rej.last_id);
  CHECK(g_rej.count == 1 && strcmp(g_rej.message, "Error: nobody catches") == 0);
  CHECK(strcmp(g_rej.resource, "rej.js") == 0 && g_rej.line == 2);
  SAY("a rejection inside an async function, after run_microtasks");
  CHECK_OK(ctx, run(ctx, "(async () => { await null; throw new RangeError('async boom'); })()",
                    "async.js", NULL));
  CHECK(g_rej.count == 1);
  CHECK_OK(ctx, sp_context_run_microtasks(ctx));
  CHECK(g_rej.count == 2 && strcmp(g_rej.message, "RangeError: async boom") == 0);
  SAY("a handler added late revokes it (same id in info.reserved)");
  g_rej.first_id = 0;
  CHECK_OK(ctx, run(ctx, "globalThis.p = Promise.reject(42);", "late.js", NULL));
  CHECK(g_rej.count == 3 && strcmp(g_rej.message, "42") == 0);
  int32_t id = g_rej.first_id;
  CHECK(id != 0);
  CHECK_OK(ctx, run(ctx, "p.catch(() => {});", "late.js", NULL));
  CHECK(g_rej.revoked == 1 && g_rej.last_id == id);
  SAY("V8 reports synchronously: Promise.reject(x).catch(f) is a report and its revocation");
  g_rej.first_id = 0;
  CHECK_OK(ctx, run(ctx, "Promise.reject(new Error('handled')).catch(() => {});", "h.js", NULL));
  CHECK_OK(ctx, sp_context_run_microtasks(ctx));
  CHECK(g_rej.count == 4 && g_rej.revoked == 2 && g_rej.last_id == g_rej.first_id);
  CHECK(g_rej.first_id != id);
  SAY("a promise rejected in a handler chain that is handled does not call it");
  CHECK_OK(ctx, run(ctx, "Promise.resolve().then(() => { throw 1; }).catch(() => {});", "c.js",
                    NULL));
  CHECK_OK(ctx, sp_context_run_microtasks(ctx));
  CHECK(g_rej.count == 4 && g_rej.revoked == 2);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_dispose_in_callback(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_context* other;
  sp_value v;
  new_runtime(0, 0, &rt, &ctx);
  CHECK(sp_context_new(rt, NULL, &other) == SP_OK);
  sp_runtime_set_dispatcher(rt, dispatch, &g_calls);
  define(ctx, "disposeMe", FN_DISPOSE);
  SAY("a context disposed from its own host callback is freed after the call unwinds");
  CHECK_OK(ctx, run(ctx, "disposeMe() + 1", "d.js", &v));
  CHECK(v.kind == SP_KIND_NUMBER && v.number == 2);
  SAY("the runtime and its other contexts carry on");
  expect_number(other, "6 * 7", 42);
  sp_runtime_dispose(rt);  /* disposes `other` too */
}
