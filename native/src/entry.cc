// entry.cc — entering and leaving JS: termination bookkeeping and error reports.
#include "internal.h"

#include <cstring>

namespace sparrow {
namespace {

constexpr char kUncaught[] = "Uncaught ";

// Fills e from the exception caught by tc. Runs (little) JS — String(x), the stack getter —
// under its own TryCatch so a hostile toString cannot escape.
void CaptureException(v8::Isolate* isolate, v8::Local<v8::Context> ctx, v8::TryCatch& tc,
                      ErrorInfo* e) {
  v8::HandleScope hs(isolate);
  v8::Local<v8::Value> exception = tc.Exception();
  v8::Local<v8::Message> msg = tc.Message();
  v8::Local<v8::Value> stack;
  if (tc.StackTrace(ctx).ToLocal(&stack) && stack->IsString()) e->stack = Utf8(isolate, stack);

  v8::TryCatch inner(isolate);
  if (!msg.IsEmpty()) {
    // "Uncaught SyntaxError: Unexpected token ';'" → "SyntaxError: Unexpected token ';'".
    e->message = Utf8(isolate, msg->Get());
    if (e->message.compare(0, sizeof kUncaught - 1, kUncaught) == 0)
      e->message.erase(0, sizeof kUncaught - 1);
    e->line = msg->GetLineNumber(ctx).FromMaybe(0);
    int col = msg->GetStartColumn(ctx).FromMaybe(-1);
    e->column = col >= 0 ? col + 1 : 0;
    v8::Local<v8::Value> name = msg->GetScriptResourceName();
    if (!name.IsEmpty() && name->IsString()) e->resource = Utf8(isolate, name);
    v8::Local<v8::String> line;
    if (msg->GetSourceLine(ctx).ToLocal(&line)) e->source_line = Utf8(isolate, line);
  } else if (!exception.IsEmpty()) {
    e->message = Utf8(isolate, exception);  // throw 42 → "42"
  }
  if (e->message.empty()) e->message = "uncaught exception";
}

}  // namespace

bool Terminating(v8::Isolate* isolate, const v8::TryCatch* tc) {
  return isolate->IsExecutionTerminating() || (tc != nullptr && tc->HasTerminated());
}

sp_status CheckContext(sp_context* c) {
  if (c == nullptr) return SP_ERR_ARGUMENT;
  if (!c->rt->OnThread() || c->dispose_requested) return SP_ERR_STATE;
  return SP_OK;
}

CallScope::CallScope(sp_context* c)
    : c_(c),
      isolate_(c->rt->isolate),
      isolate_scope_(isolate_),
      handle_scope_(isolate_),
      context_(c->context.Get(isolate_)),
      context_scope_(context_) {
  sp_runtime* rt = c->rt;
  {
    std::lock_guard<std::mutex> lock(rt->mu);
    if (rt->terminate_pending) {
      // terminate() came while idle (or earlier in this task): refuse to run anything.
      c->last_error.Reset();
      c->last_error.status = SP_ERR_TERMINATED;
      c->last_error.message = "execution terminated";
      return;
    }
    if (rt->depth++ == 0) rt->terminated_at.Reset();
    rt->active = true;
  }
  entered_ = true;
  ++c->busy;
  // A call's results live until the next call on the context — unless a host callback of this
  // context is on the stack: its argument strings must outlive this nested call.
  if (c->callback_depth == 0) retired_ = c->arena.Take();
  c->last_error.Reset();
}

CallScope::~CallScope() {
  if (!entered_) return;
  sp_runtime* rt = c_->rt;
  bool rearm = false;
  {
    std::lock_guard<std::mutex> lock(rt->mu);
    if (--rt->depth == 0) {
      rt->active = false;
      // Outermost exit: whatever termination was requested in this window (terminate(), the
      // heap limit, or one that arrived just after JS finished) is cancelled here, under the
      // lock, so it cannot hit the next call. Nested exits leave it to propagate outward.
      if (rt->terminate_requested || isolate_->IsExecutionTerminating()) {
        isolate_->CancelTerminateExecution();
        rt->terminate_requested = false;
      }
      rearm = rt->heap_limit_hit;
    }
  }
  if (rearm) RearmHeapLimit(rt);  // GCs: must not hold rt->mu (the heap callback takes it)
  --c_->busy;
  ReleaseBusy(c_);  // may delete c_ (a dispose requested from a host callback)
}

sp_status CallScope::Finish(sp_status st, v8::TryCatch& tc, sp_status failure) {
  ErrorInfo& e = c_->last_error;
  bool requested;
  {
    // A termination requested during this call ends it even if the JS got to finish first:
    // V8 takes the request only at its next interrupt check, and meanwhile host calls were
    // refused (nested entries) or skipped (HostCallback), so a result may rest on them.
    std::lock_guard<std::mutex> lock(c_->rt->mu);
    requested = c_->rt->terminate_requested;
  }
  if (requested || Terminating(isolate_, &tc) || st == SP_ERR_TERMINATED) {
    e.Reset();
    if (c_->rt->heap_limit_hit) {
      e.status = SP_ERR_HEAP_LIMIT;
      e.message = "heap limit reached; execution terminated";
    } else {
      const ErrorInfo& where = c_->rt->terminated_at;
      e.status = SP_ERR_TERMINATED;
      e.message = "execution terminated";
      e.resource = where.resource;
      e.line = where.line;
      e.column = where.column;
      if (!where.stack.empty()) e.stack = where.stack;
    }
    return e.status;
  }
  if (tc.HasCaught()) {
    e.Reset();
    e.status = failure;
    CaptureException(isolate_, context_, tc, &e);
    tc.Reset();
    return failure;
  }
  if (st != SP_OK && e.status == SP_OK) {
    e.status = st;
    if (e.message.empty()) e.message = "V8 call failed";
  }
  return st;
}

sp_status CallScope::Fail(sp_status st, const char* message) {
  c_->last_error.Reset();
  c_->last_error.status = st;
  c_->last_error.message = message;
  return st;
}

}  // namespace sparrow
