/* harness.h — tiny C11 test harness for the sparrow_v8 ABI (uses only sparrow_v8.h). */
#ifndef SPARROW_TEST_HARNESS_H
#define SPARROW_TEST_HARNESS_H

#include "sparrow_v8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                         \
  do {                                                                      \
    if (!(cond)) {                                                          \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      exit(1);                                                              \
    }                                                                       \
  } while (0)

/* Checks a status, printing the context's last error when it is not the expected one. */
#define CHECK_STATUS(ctx, expr, want)                                                  \
  do {                                                                                 \
    sp_status st_ = (expr);                                                            \
    if (st_ != (want)) {                                                               \
      fprintf(stderr, "%s:%d: %s returned %d, expected %d\n", __FILE__, __LINE__, #expr, \
              (int)st_, (int)(want));                                                  \
      print_last_error(ctx);                                                           \
      exit(1);                                                                         \
    }                                                                                  \
  } while (0)

#define CHECK_OK(ctx, expr) CHECK_STATUS(ctx, expr, SP_OK)

/* Prints what a test checks (keeps ctest --verbose output readable). */
#define SAY(...)                 \
  do {                           \
    printf("  - " __VA_ARGS__);  \
    printf("\n");                \
    fflush(stdout);              \
  } while (0)

void print_last_error(sp_context* ctx);
void init_platform(void);
/* A runtime (heap_limit 0 = default) and one context. */
void new_runtime(int64_t heap_limit, int32_t allow_codegen, sp_runtime** rt, sp_context** ctx);
/* sp_script_run with an origin and no cache. */
sp_status run(sp_context* ctx, const char* src, const char* origin, sp_value* out);
/* Runs src and checks it succeeds with a number / a string. */
void expect_number(sp_context* ctx, const char* src, double want);
void expect_string(sp_context* ctx, const char* src, const char* want);
int value_is_string(const sp_value* v, const char* s);
int contains(const char* hay, int64_t hay_len, const char* needle);
double now_ms(void);
void sleep_ms(int ms);

#endif
