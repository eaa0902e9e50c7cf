// runtime.cc — sp_runtime: one isolate, its heap limit, termination and isolate-wide callbacks.
#include "internal.h"

#include <libplatform/libplatform.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace sparrow {
namespace {

// V8 calls this when a GC cannot get the heap under its limit. Returning the same limit would
// make V8 abort the whole process, so: end the running JS and grant some room to unwind. The
// outermost exit reports SP_ERR_HEAP_LIMIT and restores the limit (RearmHeapLimit).
size_t NearHeapLimit(void* data, size_t current_limit, size_t initial_limit) {
  auto* rt = static_cast<sp_runtime*>(data);
  rt->heap_limit_hit = true;
  rt->initial_heap_limit = initial_limit;  // the old-generation limit RearmHeapLimit restores
  {
    std::lock_guard<std::mutex> lock(rt->mu);
    rt->terminate_requested = true;  // makes the outermost exit cancel the termination
  }
  rt->isolate->TerminateExecution();
  // Grow by half the initial limit (at least 16 MiB): enough for a few big allocations that
  // happen before the termination interrupt is taken. Called again if that is not enough.
  size_t slack = std::max<size_t>(initial_limit / 2, size_t{16} << 20);
  return current_limit + slack;
}

// V8 cannot continue after a fatal error (a failed CHECK, an OOM outside the JS heap); say
// clearly that it came from V8 inside sparrow_v8 before the process aborts.
void OnFatalError(const char* location, const char* message) {
  std::fprintf(stderr, "sparrow_v8: V8 fatal error in %s: %s\n", location ? location : "?",
               message ? message : "?");
  std::fflush(stderr);
  std::abort();
}

// With allow_code_generation=0, V8 would also refuse WebAssembly compilation unless this
// callback says otherwise; the header promises WebAssembly stays enabled.
bool AllowWasm(v8::Local<v8::Context>, v8::Local<v8::String>) { return true; }

}  // namespace

void RearmHeapLimit(sp_runtime* rt) {
  // Collect the garbage the aborted script left, then restore the initial limit. V8 clamps the
  // restored limit to at least 1.25× the live size, so live data never re-triggers at once.
  rt->isolate->LowMemoryNotification();
  rt->isolate->RemoveNearHeapLimitCallback(NearHeapLimit, rt->initial_heap_limit);
  rt->isolate->AddNearHeapLimitCallback(NearHeapLimit, rt);
  rt->heap_limit_hit = false;
}

}  // namespace sparrow

using sparrow::Platform;

extern "C" {

SP_API sp_status sp_runtime_new(const sp_runtime_options* options, sp_runtime** out) {
  SP_TRY
  if (out == nullptr) return SP_ERR_ARGUMENT;
  *out = nullptr;
  if (options != nullptr && options->heap_limit_bytes < 0) return SP_ERR_ARGUMENT;
  if (Platform() == nullptr) return SP_ERR_STATE;  // sp_platform_init first

  auto rt = std::make_unique<sp_runtime>();
  rt->owner = std::this_thread::get_id();
  rt->allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();

  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = rt->allocator;
  if (options != nullptr && options->heap_limit_bytes > 0) {
    params.constraints.set_max_old_generation_size_in_bytes(
        static_cast<size_t>(options->heap_limit_bytes));
  }
  v8::Isolate* isolate = v8::Isolate::New(params);
  if (isolate == nullptr) {
    delete rt->allocator;
    return SP_ERR_INTERNAL;
  }
  rt->isolate = isolate;
  isolate->SetData(sparrow::kIsolateSlot, rt.get());
  // The embedder decides when microtasks run (sp_context_run_microtasks), never V8.
  isolate->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate->SetFatalErrorHandler(sparrow::OnFatalError);
  isolate->SetAllowWasmCodeGenerationCallback(sparrow::AllowWasm);
  isolate->SetPromiseRejectCallback(sparrow::PromiseRejectCallback);
  isolate->AddNearHeapLimitCallback(sparrow::NearHeapLimit, rt.get());
  *out = rt.release();
  return SP_OK;
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API void sp_runtime_dispose(sp_runtime* rt) {
  try {
    if (rt == nullptr || !rt->OnThread()) return;  // wrong thread: leak rather than corrupt
    if (rt->depth > 0) return;  // inside one of its own calls (a host callback): refuse
    {
      v8::Isolate::Scope isolate_scope(rt->isolate);
      // Contexts hold v8::Globals, which must be reset before the isolate goes.
      while (!rt->contexts.empty()) sparrow::DestroyContext(rt->contexts.begin()->second);
    }
    v8::platform::NotifyIsolateShutdown(Platform(), rt->isolate);
    rt->isolate->Dispose();
    delete rt->allocator;
    delete rt;
  } catch (...) {
  }
}

SP_API void sp_runtime_set_dispatcher(sp_runtime* rt, sp_dispatch_fn fn, void* user_data) {
  if (rt == nullptr || !rt->OnThread()) return;
  rt->dispatch = fn;
  rt->dispatch_data = user_data;
}

SP_API void sp_runtime_set_rejection_callback(sp_runtime* rt, sp_rejection_fn fn,
                                              void* user_data) {
  if (rt == nullptr || !rt->OnThread()) return;
  rt->on_rejection = fn;
  rt->rejection_data = user_data;
}

namespace {

// Runs on the logic thread at V8's next interrupt check: records where JS is, then terminates.
// An interrupt still queued after the call it was meant for has ended finds terminate_requested
// cleared by that call's outermost exit and does nothing, so it cannot end a later call.
void TerminateInterrupt(v8::Isolate* isolate, void* data) {
  auto* rt = static_cast<sp_runtime*>(data);
  {
    std::lock_guard<std::mutex> lock(rt->mu);
    if (!rt->terminate_requested) return;
  }
  {
    v8::HandleScope hs(isolate);
    v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(isolate, 16);
    sparrow::ErrorInfo& where = rt->terminated_at;
    where.Reset();
    for (int i = 0; i < trace->GetFrameCount(); ++i) {
      v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate, i);
      std::string file = sparrow::Utf8(isolate, frame->GetScriptName());
      std::string fn = sparrow::Utf8(isolate, frame->GetFunctionName());
      if (i == 0) {
        where.resource = file;
        where.line = frame->GetLineNumber();
        where.column = frame->GetColumn();
      }
      where.stack += "    at " + (fn.empty() ? file : fn + " (" + file) + ":" +
                     std::to_string(frame->GetLineNumber()) + ":" +
                     std::to_string(frame->GetColumn()) + (fn.empty() ? "" : ")") + "\n";
    }
  }
  isolate->TerminateExecution();
}

}  // namespace

SP_API void sp_runtime_terminate(sp_runtime* rt) {
  if (rt == nullptr) return;
  try {
    std::lock_guard<std::mutex> lock(rt->mu);
    rt->terminate_pending = true;
    if (rt->active) {
      // RequestInterrupt is, with TerminateExecution, what V8 allows from any thread; the
      // interrupt notes the location before terminating (see TerminateInterrupt).
      rt->terminate_requested = true;
      rt->isolate->RequestInterrupt(&TerminateInterrupt, rt);
    }
  } catch (...) {
  }
}

SP_API void sp_runtime_clear_terminate(sp_runtime* rt) {
  if (rt == nullptr || !rt->OnThread()) return;
  try {
    std::lock_guard<std::mutex> lock(rt->mu);
    rt->terminate_pending = false;
  } catch (...) {
  }
}

SP_API int32_t sp_runtime_is_running(sp_runtime* rt) {
  if (rt == nullptr) return 0;
  try {
    std::lock_guard<std::mutex> lock(rt->mu);
    return rt->active ? 1 : 0;
  } catch (...) {
    return 0;
  }
}

SP_API void sp_runtime_heap_stats(sp_runtime* rt, sp_heap_stats* out) {
  if (out == nullptr) return;
  *out = sp_heap_stats{};
  if (rt == nullptr || !rt->OnThread()) return;
  v8::HeapStatistics hs;
  rt->isolate->GetHeapStatistics(&hs);
  out->used_bytes = static_cast<int64_t>(hs.used_heap_size());
  out->total_bytes = static_cast<int64_t>(hs.total_heap_size());
  out->limit_bytes = static_cast<int64_t>(hs.heap_size_limit());
  out->external_bytes = static_cast<int64_t>(hs.external_memory());
}

SP_API void sp_runtime_low_memory(sp_runtime* rt) {
  if (rt == nullptr || !rt->OnThread()) return;
  v8::Isolate::Scope isolate_scope(rt->isolate);
  rt->isolate->LowMemoryNotification();
}

}  // extern "C"
