/* test_basic.c — platform, evaluation, value conversion, errors, code generation, caches. */
#include "harness.h"

void test_version(void) {
  sp_runtime* rt = NULL;
  sp_runtime_options ro;
  memset(&ro, 0, sizeof ro);
  SAY("sp_runtime_new before sp_platform_init fails with SP_ERR_STATE");
  CHECK(sp_runtime_new(&ro, &rt) == SP_ERR_STATE && rt == NULL);
  SAY("sp_platform_init with flags succeeds, and again (no-op)");
  const char* flags = "--stack-size=900";
  CHECK(sp_platform_init(flags, (int64_t)strlen(flags)) == SP_OK);
  CHECK(sp_platform_init(NULL, 0) == SP_OK);
  SAY("version: %s", sp_version());
  CHECK(strncmp(sp_version(), "sparrow_v8 1 / V8 10.2.", 23) == 0);
  SAY("sizeof(sp_value) == 40, sizeof(sp_error_info) == 80");
  CHECK(sizeof(sp_value) == 40);
  CHECK(sizeof(sp_error_info) == 80);
  CHECK(sp_runtime_new(&ro, &rt) == SP_OK && rt != NULL);
  sp_heap_stats hs;
  sp_runtime_heap_stats(rt, &hs);
  SAY("heap stats: used %lld, limit %lld", (long long)hs.used_bytes, (long long)hs.limit_bytes);
  CHECK(hs.used_bytes > 0 && hs.limit_bytes > hs.used_bytes);
  sp_runtime_low_memory(rt);
  sp_runtime_dispose(rt);
}

void test_arguments(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  sp_error_info e;
  new_runtime(0, 0, &rt, &ctx);
  SAY("null pointers → SP_ERR_ARGUMENT");
  CHECK(sp_runtime_new(NULL, NULL) == SP_ERR_ARGUMENT);
  CHECK(sp_context_new(NULL, NULL, &ctx) == SP_ERR_ARGUMENT);
  CHECK(sp_script_run(NULL, "1", 1, NULL, &v, NULL, NULL) == SP_ERR_ARGUMENT);
  CHECK(sp_script_run(ctx, NULL, 5, NULL, &v, NULL, NULL) == SP_ERR_ARGUMENT);
  CHECK(sp_script_run(ctx, "1", -1, NULL, &v, NULL, NULL) == SP_ERR_ARGUMENT);
  CHECK(sp_context_get_global(ctx, "x", 1, NULL) == SP_ERR_ARGUMENT);
  CHECK(sp_function_call(ctx, 12345, NULL, NULL, 0, &v) == SP_ERR_ARGUMENT);
  CHECK(sp_function_call(ctx, 0, NULL, NULL, 0, &v) == SP_ERR_ARGUMENT);
  CHECK(sp_context_define_function(ctx, NULL, 3, 1) == SP_ERR_ARGUMENT);
  SAY("SP_KIND_ERROR is rejected outside host results; bad JSON is an argument error");
  sp_value err = {SP_KIND_ERROR, 0, 0, "x", 1, 0};
  CHECK(sp_context_set_global(ctx, "g", 1, &err) == SP_ERR_ARGUMENT);
  sp_value badjson = {SP_KIND_JSON, 0, 0, "{oops", 5, 0};
  CHECK(sp_context_set_global(ctx, "g", 1, &badjson) == SP_ERR_ARGUMENT);
  sp_context_last_error(ctx, &e);
  CHECK(e.status == SP_ERR_ARGUMENT && e.message_len > 0);
  SAY("last_error of a null context is zeroed");
  memset(&e, 0x5a, sizeof e);
  sp_context_last_error(NULL, &e);
  CHECK(e.status == 0 && e.message == NULL && e.line == 0);
  SAY("a null script origin and NULL options work");
  CHECK(sp_script_run(ctx, "7", 1, NULL, &v, NULL, NULL) == SP_OK && v.number == 7);
  CHECK(sp_context_runtime(ctx) == rt);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_eval(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  SAY("`1+2` → number 3");
  expect_number(ctx, "1+2", 3);
  SAY("globals persist between scripts of a context");
  expect_number(ctx, "var z = 40; z", 40);
  expect_number(ctx, "z + 2", 42);
  SAY("contexts are isolated");
  sp_context* other;
  CHECK(sp_context_new(rt, NULL, &other) == SP_OK);
  expect_string(other, "typeof z", "undefined");
  sp_context_dispose(other);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_values(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  new_runtime(0, 0, &rt, &ctx);
  SAY("strings are UTF-8");
  expect_string(ctx, "'h\\u00e9llo ' + '\\u4e16'", "h\xc3\xa9llo \xe4\xb8\x96");
  expect_string(ctx, "''", "");
  SAY("({a:[1,2]}) → JSON {\"a\":[1,2]}");
  CHECK_OK(ctx, run(ctx, "({a:[1,2]})", "v.js", &v));
  CHECK(v.kind == SP_KIND_JSON && v.len == 11 && memcmp(v.ptr, "{\"a\":[1,2]}", 11) == 0);
  CHECK_OK(ctx, run(ctx, "[1,'x',null]", "v.js", &v));
  CHECK(v.kind == SP_KIND_JSON && contains(v.ptr, v.len, "[1,\"x\",null]"));
  SAY("undefined, null, booleans, numbers, BigInt");
  CHECK_OK(ctx, run(ctx, "undefined", "v.js", &v));
  CHECK(v.kind == SP_KIND_UNDEFINED);
  CHECK_OK(ctx, run(ctx, "null", "v.js", &v));
  CHECK(v.kind == SP_KIND_NULL);
  CHECK_OK(ctx, run(ctx, "1 < 2", "v.js", &v));
  CHECK(v.kind == SP_KIND_BOOL && v.number == 1);
  CHECK_OK(ctx, run(ctx, "0.5 * 3", "v.js", &v));
  CHECK(v.kind == SP_KIND_NUMBER && v.number == 1.5);
  expect_string(ctx, "2n ** 70n", "1180591620717411303424");
  SAY("functions, cyclic objects and symbols are handles");
  CHECK_OK(ctx, run(ctx, "(function f() {})", "v.js", &v));
  CHECK(v.kind == SP_KIND_HANDLE && v.handle != 0);
  sp_handle_release(ctx, v.handle);
  CHECK_OK(ctx, run(ctx, "var o = {}; o.self = o; o", "v.js", &v));
  CHECK(v.kind == SP_KIND_HANDLE && v.handle != 0);
  uint64_t cyc = v.handle;
  CHECK_OK(ctx, run(ctx, "({toJSON() { return undefined; }})", "v.js", &v));
  CHECK(v.kind == SP_KIND_HANDLE);
  CHECK_OK(ctx, run(ctx, "Symbol('s')", "v.js", &v));
  CHECK(v.kind == SP_KIND_HANDLE);
  SAY("set_global/get_global round trip (JSON parsed, handle resolved, string copied)");
  sp_value j = {SP_KIND_JSON, 0, 0, "{\"k\":[true,2]}", 14, 0};
  CHECK_OK(ctx, sp_context_set_global(ctx, "cfg", 3, &j));
  expect_string(ctx, "typeof cfg + cfg.k[1]", "object2");
  sp_value h = {SP_KIND_HANDLE, 0, 0, NULL, 0, cyc};
  CHECK_OK(ctx, sp_context_set_global(ctx, "cyc", 3, &h));
  expect_number(ctx, "cyc === o ? 1 : 0", 1);
  char buf[4] = {'a', 'b', 'c', 'd'};
  sp_value s = {SP_KIND_STRING, 0, 0, buf, 3, 0};
  CHECK_OK(ctx, sp_context_set_global(ctx, "str", 3, &s));
  buf[0] = 'X';
  expect_string(ctx, "str", "abc");
  sp_value bytes = {SP_KIND_ARRAYBUFFER, 0, 0, buf, 4, 0};
  CHECK_OK(ctx, sp_context_set_global(ctx, "bytes", 5, &bytes));
  expect_number(ctx, "new Uint8Array(bytes)[0] + bytes.byteLength", 'X' + 4);
  CHECK_OK(ctx, sp_context_get_global(ctx, "cfg", 3, &v));
  CHECK(v.kind == SP_KIND_JSON && contains(v.ptr, v.len, "{\"k\":[true,2]}"));
  SAY("released handles are gone");
  sp_handle_release(ctx, cyc);
  CHECK(sp_context_set_global(ctx, "cyc", 3, &h) == SP_ERR_ARGUMENT);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_syntax_error(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  sp_error_info e;
  new_runtime(0, 0, &rt, &ctx);
  SAY("\"let x = 1;\\nlet y = ;\" → SP_ERR_COMPILE at bad.js:2:9");
  CHECK_STATUS(ctx, run(ctx, "let x = 1;\nlet y = ;", "bad.js", &v), SP_ERR_COMPILE);
  sp_context_last_error(ctx, &e);
  printf("    %.*s at %.*s:%d:%d | %.*s\n", (int)e.message_len, e.message, (int)e.resource_len,
         e.resource, e.line, e.column, (int)e.source_line_len, e.source_line);
  CHECK(e.status == SP_ERR_COMPILE);
  CHECK(e.line == 2 && e.column == 9);
  CHECK(e.resource_len == 6 && memcmp(e.resource, "bad.js", 6) == 0);
  CHECK(strncmp(e.message, "SyntaxError: ", 13) == 0);
  CHECK(e.source_line_len == 9 && memcmp(e.source_line, "let y = ;", 9) == 0);
  SAY("line/column offsets shift the position");
  sp_script_options o;
  memset(&o, 0, sizeof o);
  o.origin = "page.html";
  o.origin_len = 9;
  o.line_offset = 10;
  CHECK(sp_script_run(ctx, "\n  )", 4, &o, &v, NULL, NULL) == SP_ERR_COMPILE);
  sp_context_last_error(ctx, &e);
  CHECK(e.line == 12 && e.column == 3);
  SAY("a later good script clears the error");
  expect_number(ctx, "5", 5);
  sp_context_last_error(ctx, &e);
  CHECK(e.status == SP_OK && e.message_len == 0);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_exception(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  sp_error_info e;
  new_runtime(0, 0, &rt, &ctx);
  SAY("a thrown Error → SP_ERR_EXCEPTION with message, position and stack");
  CHECK_STATUS(ctx,
               run(ctx, "function f() {\n  throw new Error('boom');\n}\nf();", "thrower.js", &v),
               SP_ERR_EXCEPTION);
  sp_context_last_error(ctx, &e);
  printf("    %.*s at %d:%d\n    stack: %.*s\n", (int)e.message_len, e.message, e.line, e.column,
         (int)e.stack_len, e.stack);
  CHECK(e.status == SP_ERR_EXCEPTION);
  CHECK(e.message_len == 11 && memcmp(e.message, "Error: boom", 11) == 0);
  CHECK(e.line == 2 && e.column == 3);
  CHECK(contains(e.resource, e.resource_len, "thrower.js"));
  CHECK(contains(e.stack, e.stack_len, "at f (thrower.js:2:9)"));
  CHECK(contains(e.stack, e.stack_len, "thrower.js:4:1"));
  SAY("ReferenceError message has no 'Uncaught ' prefix");
  CHECK(run(ctx, "nope + 1", "ref.js", &v) == SP_ERR_EXCEPTION);
  sp_context_last_error(ctx, &e);
  CHECK(e.message_len > 0 && strncmp(e.message, "ReferenceError: nope is not defined", 35) == 0);
  SAY("throw 42 → message '42'");
  CHECK(run(ctx, "throw 42", "num.js", &v) == SP_ERR_EXCEPTION);
  sp_context_last_error(ctx, &e);
  CHECK(e.message_len == 2 && memcmp(e.message, "42", 2) == 0 && e.line == 1);
  SAY("a throwing toString in the thrown value cannot escape");
  CHECK(run(ctx, "throw {toString() { throw new Error('inner'); }}", "o.js", &v) ==
        SP_ERR_EXCEPTION);
  sp_context_last_error(ctx, &e);
  CHECK(e.message_len > 0);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_codegen(void) {
  sp_runtime* rt;
  sp_context* off;
  sp_context* on;
  sp_context_options co = {1, 0};
  new_runtime(0, 0, &rt, &off);
  CHECK(sp_context_new(rt, &co, &on) == SP_OK);
  SAY("allow_code_generation=0: eval and new Function throw EvalError");
  expect_string(off, "try { eval('1'); 'ran' } catch (e) { e.constructor.name }", "EvalError");
  expect_string(off, "try { new Function('return 1')(); 'ran' } catch (e) { e.constructor.name }",
                "EvalError");
  SAY("allow_code_generation=1: both work");
  expect_number(on, "eval('1+1')", 2);
  expect_number(on, "new Function('return 3')()", 3);
  sp_context_dispose(on);
  sp_context_dispose(off);
  sp_runtime_dispose(rt);
}

/* (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)) */
#define WASM_ADD                                                                             \
  "[0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,10,9,1,7,0," \
  "32,0,32,1,106,11]"

void test_wasm(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  SAY("synchronous WebAssembly.Module/Instance works with allow_code_generation=0");
  expect_number(ctx,
                "const m = new WebAssembly.Module(new Uint8Array(" WASM_ADD "));\n"
                "new WebAssembly.Instance(m).exports.add(2, 3)",
                5);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_wasm_async(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  SAY("WebAssembly.instantiate settles by pumping sp_context_run_microtasks");
  expect_string(ctx,
                "globalThis.res = 'pending';\n"
                "WebAssembly.instantiate(new Uint8Array(" WASM_ADD "))\n"
                "  .then(r => { res = 'add=' + r.instance.exports.add(20, 22); },\n"
                "        e => { res = 'error ' + e; });\n"
                "res",
                "pending");
  sp_value v;
  double t0 = now_ms();
  for (;;) {
    CHECK_OK(ctx, sp_context_run_microtasks(ctx));
    CHECK_OK(ctx, run(ctx, "res", "poll.js", &v));
    if (!value_is_string(&v, "pending") || now_ms() - t0 > 3000) break;
    sleep_ms(2);
  }
  SAY("settled after %.0f ms: %.*s", now_ms() - t0, (int)v.len, v.ptr);
  CHECK(value_is_string(&v, "add=42"));
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_intl(void) {
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  SAY("Intl works with the system ICU");
  expect_string(ctx, "new Intl.NumberFormat('en-US').format(1234.5)", "1,234.5");
  expect_string(ctx, "(1234.5).toLocaleString('de-DE')", "1.234,5");
  expect_number(ctx,
                "['b', '\\u00e4', 'a'].sort(new Intl.Collator('de').compare)"
                ".indexOf('\\u00e4')",
                1);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_code_cache(void) {
  const char* src = "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nfib(20)";
  sp_script_options o;
  sp_buffer cache = {NULL, 0};
  int32_t rejected = -1;
  sp_value v;
  memset(&o, 0, sizeof o);
  o.origin = "fib.js";
  o.origin_len = 6;

  sp_runtime* rt1;
  sp_context* c1;
  new_runtime(0, 0, &rt1, &c1);
  SAY("produce a cache on the first run");
  o.produce_cache = 1;
  CHECK_OK(c1, sp_script_run(c1, src, (int64_t)strlen(src), &o, &v, &cache, &rejected));
  CHECK(v.kind == SP_KIND_NUMBER && v.number == 6765);
  CHECK(cache.data != NULL && cache.len > 0 && rejected == 0);
  SAY("cache: %lld bytes", (long long)cache.len);
  sp_runtime_dispose(rt1);

  sp_runtime* rt2;
  sp_context* c2;
  new_runtime(0, 0, &rt2, &c2);
  SAY("consume it in another runtime: accepted, same result");
  o.produce_cache = 0;
  o.cache = cache.data;
  o.cache_len = cache.len;
  CHECK_OK(c2, sp_script_run(c2, src, (int64_t)strlen(src), &o, &v, NULL, &rejected));
  CHECK(rejected == 0 && v.kind == SP_KIND_NUMBER && v.number == 6765);
  sp_runtime_dispose(rt2);

  /* A fresh runtime: in one that already compiled the source V8 would hit its in-memory
     compilation cache and never look at the cache bytes. */
  sp_runtime* rt3;
  sp_context* c3;
  new_runtime(0, 0, &rt3, &c3);
  SAY("a corrupted cache is rejected, and the script still runs");
  uint8_t* bad = malloc((size_t)cache.len);
  CHECK(bad != NULL);
  memcpy(bad, cache.data, (size_t)cache.len);
  bad[cache.len / 2] ^= 0x5A;  /* a payload byte: V8 checksums the payload */
  o.cache = bad;
  CHECK_OK(c3, sp_script_run(c3, src, (int64_t)strlen(src), &o, &v, NULL, &rejected));
  CHECK(rejected == 1 && v.kind == SP_KIND_NUMBER && v.number == 6765);
  sp_context* c3b;
  CHECK(sp_context_new(rt3, NULL, &c3b) == SP_OK);
  memcpy(bad, cache.data, (size_t)cache.len);
  for (int i = 0; i < 8; ++i) bad[i] ^= 0xA5;  /* the header (magic number, version hash) */
  CHECK_OK(c3b, sp_script_run(c3b, src, (int64_t)strlen(src), &o, &v, NULL, &rejected));
  SAY("header corruption: rejected=%d (the source is in this isolate's compilation cache "
      "now, so V8 may not even look at the bytes)", rejected);
  CHECK(v.kind == SP_KIND_NUMBER && v.number == 6765);
  SAY("a cache for other source is rejected");
  sp_context* c4;
  CHECK(sp_context_new(rt3, NULL, &c4) == SP_OK);
  o.cache = cache.data;
  CHECK_OK(c4, sp_script_run(c4, "40 + 2", 6, &o, &v, NULL, &rejected));
  CHECK(rejected == 1 && v.kind == SP_KIND_NUMBER && v.number == 42);
  free(bad);
  sp_buffer_free(&cache);
  CHECK(cache.data == NULL && cache.len == 0);
  sp_runtime_dispose(rt3);
}
