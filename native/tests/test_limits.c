/* test_limits.c — termination (watchdog), heap limit, runtimes on several threads. */
#define _POSIX_C_SOURCE 200809L
#include <string.h>
#include "harness.h"

#include <pthread.h>

typedef struct {
  sp_runtime* rt;
  int delay_ms;
  int saw_running;
  double terminated_at;
} watchdog;

static void* watchdog_main(void* p) {
  watchdog* w = p;
  sleep_ms(w->delay_ms);
  w->saw_running = sp_runtime_is_running(w->rt);
  w->terminated_at = now_ms();
  sp_runtime_terminate(w->rt);
  return NULL;
}

void test_terminate_running(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  pthread_t t;
  new_runtime(0, 0, &rt, &ctx);
  CHECK(sp_runtime_is_running(rt) == 0);
  SAY("terminate from another thread ends while(true){} with SP_ERR_TERMINATED");
  watchdog w = {rt, 100, 0, 0};
  CHECK(pthread_create(&t, NULL, watchdog_main, &w) == 0);
  CHECK_STATUS(ctx, run(ctx, "let n = 0;\nwhile (true) { n++; }", "loop.js", &v), SP_ERR_TERMINATED);
  double ended = now_ms();
  pthread_join(t, NULL);
  SAY("is_running was %d; ended %.1f ms after the terminate call", w.saw_running,
      ended - w.terminated_at);
  CHECK(w.saw_running == 1);
  CHECK(ended - w.terminated_at < 100);
  CHECK(sp_runtime_is_running(rt) == 0);
  sp_error_info e;
  sp_context_last_error(ctx, &e);
  CHECK(e.status == SP_ERR_TERMINATED);
  SAY("the report names where the loop was: loop.js:%d:%d", e.line, e.column);
  CHECK(e.resource_len == 7 && memcmp(e.resource, "loop.js", 7) == 0);
  CHECK(e.line == 2 && e.column >= 1);
  CHECK(e.stack_len > 0);
  SAY("the request stays pending until sp_runtime_clear_terminate");
  CHECK(run(ctx, "1+1", "after.js", &v) == SP_ERR_TERMINATED);
  sp_runtime_clear_terminate(rt);
  expect_number(ctx, "1+1", 2);
  SAY("terminate also ends a function call and a microtask loop");
  sp_value fn;
  CHECK_OK(ctx, run(ctx, "(function spin() { for (;;) {} })", "spin.js", &fn));
  w.delay_ms = 20;
  CHECK(pthread_create(&t, NULL, watchdog_main, &w) == 0);
  CHECK(sp_function_call(ctx, fn.handle, NULL, NULL, 0, &v) == SP_ERR_TERMINATED);
  pthread_join(t, NULL);
  sp_runtime_clear_terminate(rt);
  CHECK_OK(ctx, run(ctx, "Promise.resolve().then(() => { for (;;) {} })", "mt.js", NULL));
  CHECK(pthread_create(&t, NULL, watchdog_main, &w) == 0);
  CHECK(sp_context_run_microtasks(ctx) == SP_ERR_TERMINATED);
  pthread_join(t, NULL);
  sp_runtime_clear_terminate(rt);
  expect_number(ctx, "2+2", 4);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_terminate_idle(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  new_runtime(0, 0, &rt, &ctx);
  SAY("terminate while idle: the next entries fail without running anything");
  sp_runtime_terminate(rt);
  CHECK(run(ctx, "globalThis.ran = 1", "idle.js", &v) == SP_ERR_TERMINATED);
  CHECK(sp_context_get_global(ctx, "ran", 3, &v) == SP_ERR_TERMINATED);
  CHECK(sp_context_run_microtasks(ctx) == SP_ERR_TERMINATED);
  sp_runtime_clear_terminate(rt);
  SAY("after clear_terminate, scripts run (and the first one never did)");
  expect_string(ctx, "typeof ran", "undefined");
  expect_number(ctx, "1+1", 2);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

enum { FN_NESTED_SPIN = 1, FN_SELF_TERMINATE };
static sp_runtime* g_rt;
static sp_status g_nested_status;
static int g_after_terminate_calls;

static sp_status dispatch(void* user, sp_context* ctx, int32_t id, const sp_value* args,
                          int32_t argc, sp_value* result) {
  (void)user;
  (void)args;
  (void)argc;
  (void)result;
  if (id == FN_NESTED_SPIN) {
    g_nested_status = run(ctx, "for (;;) {}", "inner.js", NULL);
    return SP_OK;  /* returns normally: the outer script must still be terminated */
  }
  if (id == FN_SELF_TERMINATE) {
    sp_runtime_terminate(g_rt);
    g_nested_status = run(ctx, "1", "inner2.js", NULL);
    return SP_OK;
  }
  ++g_after_terminate_calls;
  return SP_OK;
}

void test_terminate_nested(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  pthread_t t;
  new_runtime(0, 0, &rt, &ctx);
  g_rt = rt;
  sp_runtime_set_dispatcher(rt, dispatch, NULL);
  CHECK_OK(ctx, sp_context_define_function(ctx, "nestedSpin", 10, FN_NESTED_SPIN));
  CHECK_OK(ctx, sp_context_define_function(ctx, "selfTerminate", 13, FN_SELF_TERMINATE));
  CHECK_OK(ctx, sp_context_define_function(ctx, "other", 5, 99));
  SAY("termination of a nested (re-entrant) run propagates to the outer run");
  watchdog w = {rt, 50, 0, 0};
  CHECK(pthread_create(&t, NULL, watchdog_main, &w) == 0);
  CHECK_STATUS(ctx, run(ctx, "nestedSpin(); globalThis.after = 1; 'finished'", "outer.js", &v),
               SP_ERR_TERMINATED);
  pthread_join(t, NULL);
  CHECK(g_nested_status == SP_ERR_TERMINATED);
  sp_runtime_clear_terminate(rt);
  expect_string(ctx, "typeof after", "undefined");
  SAY("terminate from inside a host callback: the nested entry is refused, no further host "
      "calls happen, and the outer call reports SP_ERR_TERMINATED even if its JS got to finish "
      "before V8's next interrupt check");
  CHECK(run(ctx, "selfTerminate(); for (let i = 0; i < 10; i++) other(); 'finished'", "o2.js",
            &v) == SP_ERR_TERMINATED);
  CHECK(g_nested_status == SP_ERR_TERMINATED);
  CHECK(g_after_terminate_calls == 0);
  sp_runtime_clear_terminate(rt);
  expect_number(ctx, "other(); 3", 3);
  CHECK(g_after_terminate_calls == 1);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}

void test_heap_limit(void) {
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  sp_error_info e;
  const char* hog = "let a = []; while (true) a.push(new Array(1e6).fill(1));";
  new_runtime(64 << 20, 0, &rt, &ctx);
  sp_heap_stats hs0;
  sp_runtime_heap_stats(rt, &hs0);
  SAY("an allocation loop under a 64 MiB limit → SP_ERR_HEAP_LIMIT, no abort "
      "(heap limit %lld MiB)",
      (long long)(hs0.limit_bytes >> 20));
  double t0 = now_ms();
  CHECK_STATUS(ctx, run(ctx, hog, "hog.js", &v), SP_ERR_HEAP_LIMIT);
  sp_context_last_error(ctx, &e);
  CHECK(e.status == SP_ERR_HEAP_LIMIT);
  sp_heap_stats hs;
  sp_runtime_heap_stats(rt, &hs);
  SAY("took %.0f ms; heap used %lld MiB, limit %lld MiB", now_ms() - t0,
      (long long)(hs.used_bytes >> 20), (long long)(hs.limit_bytes >> 20));
  SAY("the runtime stays usable: 1+1 in the same context and in a new one");
  expect_number(ctx, "1+1", 2);
  sp_context* c2;
  CHECK(sp_context_new(rt, NULL, &c2) == SP_OK);
  expect_number(c2, "[1, 2, 3].map(x => x * 2).reduce((a, b) => a + b)", 12);
  SAY("after the hog's context is gone the limit is re-armed and fires again");
  sp_context_dispose(ctx);
  sp_runtime_low_memory(rt);
  CHECK_STATUS(c2,
               run(c2, "(() => { let a = []; while (true) a.push(new Array(1e6).fill(1)); })()",
                   "hog2.js", &v),
               SP_ERR_HEAP_LIMIT);
  sp_runtime_heap_stats(rt, &hs);
  SAY("limit back to %lld MiB", (long long)(hs.limit_bytes >> 20));
  CHECK(hs.limit_bytes == hs0.limit_bytes);
  expect_number(c2, "2+2", 4);
  sp_context_dispose(c2);
  sp_runtime_dispose(rt);
}

typedef struct {
  int index;
  int ok;
  double result;
} worker;

static sp_status worker_dispatch(void* user, sp_context* ctx, int32_t id, const sp_value* args,
                                 int32_t argc, sp_value* result) {
  (void)ctx;
  (void)id;
  worker* w = user;
  result->kind = SP_KIND_NUMBER;
  result->number = (argc > 0 ? args[0].number : 0) + w->index;
  return SP_OK;
}

static void* worker_main(void* p) {
  worker* w = p;
  sp_runtime* rt;
  sp_context* ctx;
  sp_value v;
  new_runtime(0, 0, &rt, &ctx);
  sp_runtime_set_dispatcher(rt, worker_dispatch, w);
  CHECK(sp_context_define_function(ctx, "plus", 4, 1) == SP_OK);
  double sum = 0;
  for (int i = 0; i < 200; ++i) {
    char src[160];
    snprintf(src, sizeof src,
             "(() => { let s = 0; for (let i = 0; i < 2000; i++) s += i %% 7; "
             "return plus(s) + %d; })()",
             i);
    if (run(ctx, src, "worker.js", &v) != SP_OK || v.kind != SP_KIND_NUMBER) return NULL;
    sum += v.number;
  }
  w->result = sum;
  w->ok = 1;
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
  return NULL;
}

static sp_status g_wrong_status = -1;
static void* wrong_thread_main(void* p) {
  g_wrong_status = run((sp_context*)p, "1", "x.js", NULL);
  return NULL;
}

void test_two_runtimes(void) {
  pthread_t t[2];
  worker w[2] = {{1, 0, 0}, {2, 0, 0}};
  SAY("two runtimes on two threads run concurrently");
  init_platform();
  for (int i = 0; i < 2; ++i) CHECK(pthread_create(&t[i], NULL, worker_main, &w[i]) == 0);
  for (int i = 0; i < 2; ++i) pthread_join(t[i], NULL);
  double s = 0;
  for (int i = 0; i < 2000; ++i) s += i % 7;
  for (int i = 0; i < 2; ++i) {
    /* per script: s + worker index + script number */
    double want = 200.0 * (s + w[i].index) + 199.0 * 200 / 2;
    SAY("worker %d: ok=%d result=%.0f (want %.0f)", w[i].index, w[i].ok, w[i].result, want);
    CHECK(w[i].ok && w[i].result == want);
  }
  SAY("a runtime refuses calls from a thread other than its own");
  sp_runtime* rt;
  sp_context* ctx;
  new_runtime(0, 0, &rt, &ctx);
  pthread_t other;
  CHECK(pthread_create(&other, NULL, wrong_thread_main, ctx) == 0);
  pthread_join(other, NULL);
  CHECK(g_wrong_status == SP_ERR_STATE);
  expect_number(ctx, "1", 1);
  sp_context_dispose(ctx);
  sp_runtime_dispose(rt);
}
