/*
 * sparrow_v8.h — Sparrow's flat C ABI over V8 (libnode108, V8 10.2).
 *
 * Owned by Sparrow; the only contract between native/ and Sparrow.Script.
 *
 * Rules of the ABI
 *  - Only C types cross it: opaque handles, fixed-size integers, doubles, (ptr,len) UTF-8.
 *    No C++ types and no exceptions ever cross it.
 *  - Every fallible call returns an sp_status (0 = SP_OK). The text of the last error
 *    of a context is read with sp_context_last_error().
 *  - Threads: an sp_runtime (one isolate) is created, used and destroyed on one thread, its
 *    "logic thread". The only calls allowed from other threads are sp_runtime_terminate()
 *    and sp_runtime_is_running().
 *  - Memory: strings and buffers handed *to* the shim are copied before the call returns
 *    (except external ArrayBuffer memory, see sp_context_new_external_arraybuffer).
 *    Strings handed *from* the shim in an sp_value or sp_error_info stay valid until the next
 *    call into the same context (or, inside a host callback, until the callback returns).
 *    Buffers from sp_script_run's cache output are freed with sp_buffer_free().
 *  - Handles (SP_KIND_HANDLE) name persistent JS objects held by a context; release them with
 *    sp_handle_release(). Handle 0 is never valid.
 */
#ifndef SPARROW_V8_H
#define SPARROW_V8_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define SP_API __declspec(dllexport)
#else
#define SP_API __attribute__((visibility("default")))
#endif

#define SP_ABI_VERSION 1

typedef int32_t sp_status;
enum {
  SP_OK = 0,
  SP_ERR_ARGUMENT = 1,   /* a bad argument (null handle, unknown handle id, bad UTF-8 length) */
  SP_ERR_COMPILE = 2,    /* a syntax error; sp_context_last_error has file, line, column */
  SP_ERR_EXCEPTION = 3,  /* a JS exception was thrown and not caught */
  SP_ERR_TERMINATED = 4, /* execution was ended by sp_runtime_terminate (watchdog) */
  SP_ERR_HEAP_LIMIT = 5, /* the isolate neared its heap limit; execution was ended */
  SP_ERR_STATE = 6,      /* a call in the wrong state (e.g. wrong thread, runtime disposed) */
  SP_ERR_INTERNAL = 7    /* a V8 call failed without an exception */
};

typedef enum sp_kind {
  SP_KIND_UNDEFINED = 0,
  SP_KIND_NULL = 1,
  SP_KIND_BOOL = 2,        /* number = 0 or 1 */
  SP_KIND_NUMBER = 3,      /* number */
  SP_KIND_STRING = 4,      /* ptr,len: UTF-8 */
  SP_KIND_JSON = 5,        /* ptr,len: UTF-8 JSON text of an object or array */
  SP_KIND_ARRAYBUFFER = 6, /* ptr,len: the buffer's bytes (valid while the buffer is alive) */
  SP_KIND_HANDLE = 7,      /* handle: a persistent reference (functions are always handles) */
  SP_KIND_ERROR = 8        /* host results only: ptr,len is the message of an Error to throw */
} sp_kind;

/* A JS value crossing the ABI. 40 bytes, no implicit padding. */
typedef struct sp_value {
  int32_t kind;       /* sp_kind */
  int32_t reserved;   /* must be 0 */
  double number;      /* BOOL, NUMBER */
  const char* ptr;    /* STRING, JSON, ARRAYBUFFER, ERROR */
  int64_t len;        /* byte length of ptr */
  uint64_t handle;    /* HANDLE */
} sp_value;

/* Where and why a script failed. Strings are UTF-8, valid until the next call on the context. */
typedef struct sp_error_info {
  int32_t status;     /* the sp_status of the failed call */
  int32_t line;       /* 1-based; 0 when unknown */
  int32_t column;     /* 1-based; 0 when unknown */
  int32_t reserved;
  const char* message; int64_t message_len;    /* e.g. "ReferenceError: x is not defined" */
  const char* resource; int64_t resource_len;  /* the script origin (file name) */
  const char* stack; int64_t stack_len;        /* the JS stack trace, if any */
  const char* source_line; int64_t source_line_len;
} sp_error_info;

typedef struct sp_buffer {
  uint8_t* data;
  int64_t len;
} sp_buffer;

typedef struct sp_runtime sp_runtime;
typedef struct sp_context sp_context;

/*
 * The one dispatcher through which every host function calls into the embedder.
 * function_id: the id given to sp_context_define_function. args: argc values converted
 * from JS (objects and arrays as SP_KIND_JSON, functions as SP_KIND_HANDLE that the callee
 * must release if it keeps them, ArrayBuffers as SP_KIND_ARRAYBUFFER).
 * The callee writes *result (default: undefined) and returns SP_OK, or returns non-zero with
 * result->kind == SP_KIND_ERROR to throw an Error with that message in JS.
 * Memory that result points to must stay valid until the dispatcher returns.
 * The callee may call back into the same context (re-entrancy is allowed).
 */
typedef sp_status (*sp_dispatch_fn)(void* user_data, sp_context* context, int32_t function_id,
                                    const sp_value* args, int32_t argc, sp_value* result);

/* Called for a promise rejected with no handler (and for a handler added late, with revoked=1). */
typedef void (*sp_rejection_fn)(void* user_data, sp_context* context, const sp_error_info* info,
                                int32_t revoked);

/* ---- process ------------------------------------------------------------------------------ */

/* Initialises the V8 platform once per process (later calls are no-ops). flags: V8 flags text or
   NULL. Must be called before any runtime is created. */
SP_API sp_status sp_platform_init(const char* flags, int64_t flags_len);
/* A static string "sparrow_v8 <abi> / V8 <version>". */
SP_API const char* sp_version(void);

/* ---- runtime (one isolate) ---------------------------------------------------------------- */

typedef struct sp_runtime_options {
  int64_t heap_limit_bytes;   /* max old-generation size; 0 = V8's default */
  int32_t reserved0;
  int32_t reserved1;
} sp_runtime_options;

SP_API sp_status sp_runtime_new(const sp_runtime_options* options, sp_runtime** out);
SP_API void sp_runtime_dispose(sp_runtime* runtime);
SP_API void sp_runtime_set_dispatcher(sp_runtime* runtime, sp_dispatch_fn fn, void* user_data);
SP_API void sp_runtime_set_rejection_callback(sp_runtime* runtime, sp_rejection_fn fn,
                                              void* user_data);

/* Thread-safe. Ends the JS running on the runtime's thread now; if none is running, the next
   entry into JS fails with SP_ERR_TERMINATED until sp_runtime_clear_terminate is called. */
SP_API void sp_runtime_terminate(sp_runtime* runtime);
/* Clears a pending sp_runtime_terminate that did not hit running JS. Logic thread only. */
SP_API void sp_runtime_clear_terminate(sp_runtime* runtime);
/* Thread-safe. 1 while the logic thread is inside JS, else 0. */
SP_API int32_t sp_runtime_is_running(sp_runtime* runtime);

typedef struct sp_heap_stats {
  int64_t used_bytes;
  int64_t total_bytes;
  int64_t limit_bytes;
  int64_t external_bytes;
} sp_heap_stats;
SP_API void sp_runtime_heap_stats(sp_runtime* runtime, sp_heap_stats* out);
/* Asks V8 to collect garbage now (for tests and for releasing memory on close). */
SP_API void sp_runtime_low_memory(sp_runtime* runtime);

/* ---- context (one global object) ---------------------------------------------------------- */

typedef struct sp_context_options {
  int32_t allow_code_generation; /* 1: eval/new Function allowed; 0: they throw EvalError */
  int32_t reserved;              /* must be 0. WebAssembly stays enabled either way. */
} sp_context_options;

SP_API sp_status sp_context_new(sp_runtime* runtime, const sp_context_options* options,
                                sp_context** out);
SP_API void sp_context_dispose(sp_context* context);
SP_API sp_runtime* sp_context_runtime(sp_context* context);
SP_API void sp_context_last_error(sp_context* context, sp_error_info* out);

/* Installs global[name] = a function that calls the runtime's dispatcher with function_id. */
SP_API sp_status sp_context_define_function(sp_context* context, const char* name,
                                            int64_t name_len, int32_t function_id);
/* global[name] = value (strings copied; JSON parsed; handles resolved). */
SP_API sp_status sp_context_set_global(sp_context* context, const char* name, int64_t name_len,
                                       const sp_value* value);
/* *out = global[name], converted as in sp_value rules. */
SP_API sp_status sp_context_get_global(sp_context* context, const char* name, int64_t name_len,
                                       sp_value* out);

/* An ArrayBuffer over memory the embedder owns. The memory must outlive the buffer: keep it
   until sp_arraybuffer_detach(handle) or until the context is disposed. *out is a handle. */
SP_API sp_status sp_context_new_external_arraybuffer(sp_context* context, void* data,
                                                     int64_t len, uint64_t* out_handle);
SP_API sp_status sp_arraybuffer_detach(sp_context* context, uint64_t handle);

SP_API void sp_handle_release(sp_context* context, uint64_t handle);

/* ---- running code ------------------------------------------------------------------------- */

typedef struct sp_script_options {
  const char* origin; int64_t origin_len;   /* file name shown in errors and stack traces */
  const uint8_t* cache; int64_t cache_len;  /* code cache to consume, or NULL */
  int32_t produce_cache;                    /* 1: write a code cache to *cache_out */
  int32_t line_offset;                      /* 0-based line offset of the source in its file */
  int32_t column_offset;                    /* 0-based column offset of its first line */
  int32_t reserved;
} sp_script_options;

/* Compiles and runs a classic script in the context. cache_rejected (may be NULL) is set to 1
   when a cache was given and V8 rejected it. cache_out (may be NULL) receives the produced cache
   when produce_cache is 1; free it with sp_buffer_free. Microtasks are NOT run. */
SP_API sp_status sp_script_run(sp_context* context, const char* source, int64_t source_len,
                               const sp_script_options* options, sp_value* result,
                               sp_buffer* cache_out, int32_t* cache_rejected);

/* Calls function `handle` with this = receiver (undefined when NULL) and argc args. */
SP_API sp_status sp_function_call(sp_context* context, uint64_t function_handle,
                                  const sp_value* receiver, const sp_value* args, int32_t argc,
                                  sp_value* result);

/* Runs the microtask queue to completion. */
SP_API sp_status sp_context_run_microtasks(sp_context* context);

SP_API void sp_buffer_free(sp_buffer* buffer);

#ifdef __cplusplus
}
#endif

#endif /* SPARROW_V8_H */
