/* main.c — test registry and helpers. Each test runs in its own process: `sparrow_v8_tests NAME`
   (CTest registers one test per name), so a crash or abort fails only that test. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"

#include <time.h>

void print_last_error(sp_context* ctx) {
  sp_error_info e;
  if (ctx == NULL) return;
  sp_context_last_error(ctx, &e);
  fprintf(stderr, "  last error: status=%d %.*s:%d:%d: %.*s\n  stack: %.*s\n", (int)e.status,
          (int)e.resource_len, e.resource, (int)e.line, (int)e.column, (int)e.message_len,
          e.message, (int)e.stack_len, e.stack);
}

void init_platform(void) { CHECK(sp_platform_init(NULL, 0) == SP_OK); }

void new_runtime(int64_t heap_limit, int32_t allow_codegen, sp_runtime** rt, sp_context** ctx) {
  sp_runtime_options ro;
  sp_context_options co;
  memset(&ro, 0, sizeof ro);
  memset(&co, 0, sizeof co);
  ro.heap_limit_bytes = heap_limit;
  co.allow_code_generation = allow_codegen;
  init_platform();
  CHECK(sp_runtime_new(&ro, rt) == SP_OK);
  CHECK(sp_context_new(*rt, &co, ctx) == SP_OK);
}

sp_status run(sp_context* ctx, const char* src, const char* origin, sp_value* out) {
  sp_script_options o;
  memset(&o, 0, sizeof o);
  o.origin = origin;
  o.origin_len = origin ? (int64_t)strlen(origin) : 0;
  return sp_script_run(ctx, src, (int64_t)strlen(src), &o, out, NULL, NULL);
}

void expect_number(sp_context* ctx, const char* src, double want) {
  sp_value v;
  CHECK_OK(ctx, run(ctx, src, "expect.js", &v));
  if (v.kind != SP_KIND_NUMBER || v.number != want) {
    fprintf(stderr, "`%s`: got kind %d number %g, want number %g\n", src, (int)v.kind, v.number,
            want);
    exit(1);
  }
}

int value_is_string(const sp_value* v, const char* s) {
  return v->kind == SP_KIND_STRING && v->len == (int64_t)strlen(s) &&
         memcmp(v->ptr, s, (size_t)v->len) == 0;
}

void expect_string(sp_context* ctx, const char* src, const char* want) {
  sp_value v;
  CHECK_OK(ctx, run(ctx, src, "expect.js", &v));
  if (!value_is_string(&v, want)) {
    fprintf(stderr, "`%s`: got kind %d '%.*s', want string '%s'\n", src, (int)v.kind,
            (int)(v.ptr ? v.len : 0), v.ptr ? v.ptr : "", want);
    exit(1);
  }
}

int contains(const char* hay, int64_t hay_len, const char* needle) {
  size_t n = strlen(needle);
  if (hay == NULL || hay_len < (int64_t)n) return 0;
  for (int64_t i = 0; i + (int64_t)n <= hay_len; ++i)
    if (memcmp(hay + i, needle, n) == 0) return 1;
  return 0;
}

double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

void sleep_ms(int ms) {
  struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

#define TESTS(X)                                                                              \
  X(version) X(arguments) X(eval) X(values) X(syntax_error) X(exception) X(host_dispatch)     \
  X(no_dispatcher) X(function_call) X(external_arraybuffer) X(microtasks) X(rejection)        \
  X(terminate_running) X(terminate_idle) X(terminate_nested) X(heap_limit) X(code_cache)      \
  X(codegen) X(wasm) X(wasm_async) X(intl) X(two_runtimes) X(dispose_in_callback)

#define DECLARE(name) void test_##name(void);
TESTS(DECLARE)

static const struct {
  const char* name;
  void (*fn)(void);
} kTests[] = {
#define ENTRY(name) {#name, test_##name},
    TESTS(ENTRY)
};

int main(int argc, char** argv) {
  size_t n = sizeof kTests / sizeof kTests[0];
  int ran = 0;
  for (size_t i = 0; i < n; ++i) {
    if (argc > 1 && strcmp(argv[1], kTests[i].name) != 0) continue;
    printf("[%s]\n", kTests[i].name);
    fflush(stdout);
    kTests[i].fn();
    printf("[%s] ok\n", kTests[i].name);
    ++ran;
  }
  if (ran == 0) {
    fprintf(stderr, "unknown test '%s'\n", argc > 1 ? argv[1] : "");
    return 2;
  }
  return 0;
}
