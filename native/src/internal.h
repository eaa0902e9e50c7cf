// internal.h — the shim's private types. Nothing here crosses the ABI; sparrow_v8.h is the spec.
#ifndef SPARROW_INTERNAL_H
#define SPARROW_INTERNAL_H

#include "sparrow_v8.h"

#include <v8.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace sparrow {

// Embedder-data slot of a v8::Context that holds its sp_context* (slot 0 is left alone: it is the
// conventional "debug context id" slot other tooling writes to).
constexpr int kContextSlot = 1;
// Isolate data slot that holds the sp_runtime*.
constexpr uint32_t kIsolateSlot = 0;

v8::Platform* Platform();  // null until sp_platform_init succeeded

// Strings handed out in sp_values. A stack of owned blocks: pointers stay stable while blocks
// are added, and a host callback truncates back to its mark on return (see HostCallback).
class Arena {
 public:
  char* Alloc(size_t n) {
    blocks_.emplace_back(new char[n + 1]);
    char* p = blocks_.back().get();
    p[n] = '\0';  // a terminator costs nothing and helps C callers that printf
    return p;
  }
  const char* Copy(const char* s, size_t n);
  size_t Mark() const { return blocks_.size(); }
  void Truncate(size_t mark) {
    if (mark < blocks_.size()) blocks_.resize(mark);
  }
  using Blocks = std::vector<std::unique_ptr<char[]>>;
  // Empties the arena, handing the old blocks to the caller (who frees them when convenient).
  Blocks Take() { return std::move(blocks_); }

 private:
  Blocks blocks_;
};

// The last failure of a context. Owned strings: sp_error_info points into them.
struct ErrorInfo {
  sp_status status = SP_OK;
  int32_t line = 0, column = 0;
  std::string message, resource, stack, source_line;
  void Reset() { *this = ErrorInfo(); }
};
void FillErrorInfo(const ErrorInfo& e, sp_error_info* out);

}  // namespace sparrow

struct sp_runtime {
  v8::Isolate* isolate = nullptr;
  v8::ArrayBuffer::Allocator* allocator = nullptr;
  std::thread::id owner;  // the logic thread

  sp_dispatch_fn dispatch = nullptr;
  void* dispatch_data = nullptr;
  sp_rejection_fn on_rejection = nullptr;
  void* rejection_data = nullptr;

  // Termination state. `mu` orders terminate() (any thread) against entry/exit (logic thread):
  // terminate() only calls TerminateExecution while `active`, and the outermost exit cancels it
  // under the same lock, so a request can never leak into a later, unrelated call.
  std::mutex mu;
  int depth = 0;                    // nesting of entries (logic thread; written under mu)
  bool active = false;              // depth > 0
  bool terminate_pending = false;   // set by terminate(), cleared by clear_terminate()
  // TerminateExecution was called (terminate() or the heap limit) since the outermost entry
  // began; the outermost exit cancels it, and every call finishing meanwhile reports it.
  bool terminate_requested = false;

  // Where JS was when a requested termination took effect (captured by the interrupt that
  // terminates, on the logic thread), so the watchdog's report names a file, line and column.
  // Reset at every outermost entry.
  sparrow::ErrorInfo terminated_at;

  // Heap limit: set by the near-heap-limit callback (logic thread, inside GC).
  bool heap_limit_hit = false;
  size_t initial_heap_limit = 0;  // old-generation limit at creation (from the callback)

  uint32_t next_context_serial = 1;
  std::unordered_map<uint32_t, sp_context*> contexts;  // live contexts by serial

  bool OnThread() const { return std::this_thread::get_id() == owner; }
};

struct sp_context {
  sp_runtime* rt = nullptr;
  uint32_t serial = 0;
  v8::Global<v8::Context> context;

  std::unordered_map<uint64_t, v8::Global<v8::Value>> handles;
  uint64_t next_handle = 1;
  // External ArrayBuffers we created (weak): detached on dispose so JS can never touch the
  // embedder's memory after it may have been freed.
  std::vector<v8::Global<v8::ArrayBuffer>> externals;

  sparrow::ErrorInfo last_error;
  sparrow::Arena arena;

  int busy = 0;            // entries + host callbacks on this context currently on the stack
  int callback_depth = 0;  // host callbacks of this context currently on the stack
  bool dispose_requested = false;
  int32_t next_rejection_id = 1;

  uint64_t AddHandle(v8::Local<v8::Value> v);
};

namespace sparrow {

// One entry into JS on a context: enters isolate, handle scope and context; does the termination
// bookkeeping of the header (terminate_pending → SP_ERR_TERMINATED without running; the outermost
// exit cancels termination so the runtime stays usable). Construct only after CheckContext().
class CallScope {
 public:
  explicit CallScope(sp_context* c);
  ~CallScope();
  CallScope(const CallScope&) = delete;
  CallScope& operator=(const CallScope&) = delete;

  bool entered() const { return entered_; }
  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_; }
  sp_context* ctx() const { return c_; }

  // Maps the outcome of the call to its final status and records the context's last error:
  // termination → TERMINATED/HEAP_LIMIT; a caught exception → `failure` (COMPILE or EXCEPTION).
  sp_status Finish(sp_status st, v8::TryCatch& tc, sp_status failure = SP_ERR_EXCEPTION);
  // Records a failure that has no JS exception (bad argument, internal).
  sp_status Fail(sp_status st, const char* message);

 private:
  sp_context* c_;
  v8::Isolate* isolate_;
  v8::Isolate::Scope isolate_scope_;
  v8::HandleScope handle_scope_;
  v8::Local<v8::Context> context_;
  v8::Context::Scope context_scope_;
  bool entered_ = false;
  // The previous call's result strings: freed when this call ends, not when it starts, so a
  // caller may pass a result straight back in as an argument.
  Arena::Blocks retired_;
};

// Checks that a context may be used now (non-null, on the logic thread, not being disposed).
sp_status CheckContext(sp_context* c);
// Called when a context's busy count may have dropped to zero: performs a deferred dispose.
void ReleaseBusy(sp_context* c);
void DestroyContext(sp_context* c);

// True when execution is being terminated (by sp_runtime_terminate or the heap limit).
bool Terminating(v8::Isolate* isolate, const v8::TryCatch* tc);

// ---- values.cc ----
// JS → sp_value. Strings go to the context's arena. Returns false only when execution is being
// terminated (a failing JSON.stringify falls back to a handle instead).
bool ToSp(sp_context* c, v8::Local<v8::Context> ctx, v8::Local<v8::Value> v, sp_value* out);
// sp_value → JS. allow_error: SP_KIND_ERROR is accepted (host results) and yields an Error.
// On failure returns non-zero and writes a message to *why.
sp_status FromSp(sp_context* c, v8::Local<v8::Context> ctx, const sp_value* v, bool allow_error,
                 v8::Local<v8::Value>* out, const char** why);
// UTF-8 of a JS value (ToString); empty on failure.
std::string Utf8(v8::Isolate* isolate, v8::Local<v8::Value> v);
bool NewString(v8::Isolate* isolate, const char* s, int64_t len, v8::Local<v8::String>* out);

// ---- callbacks.cc ----
// The body of every function made by sp_context_define_function.
void HostCallback(const v8::FunctionCallbackInfo<v8::Value>& info);
// Isolate-wide; finds the sp_context through the promise's creation context.
void PromiseRejectCallback(v8::PromiseRejectMessage message);

// ---- runtime.cc ----
void RearmHeapLimit(sp_runtime* rt);

}  // namespace sparrow

// Every ABI function body runs inside this: no C++ exception may cross the ABI.
#define SP_TRY try {
#define SP_CATCH(ret) \
  }                   \
  catch (...) {       \
    return ret;       \
  }

#endif  // SPARROW_INTERNAL_H
