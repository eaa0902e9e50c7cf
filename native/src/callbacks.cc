// callbacks.cc — V8 calling us: host functions (→ the dispatcher) and promise rejections.
#include "internal.h"

namespace sparrow {
namespace {

void ThrowError(v8::Isolate* isolate, const char* message, int64_t len = -1) {
  v8::Local<v8::String> s;
  if (len < 0) len = static_cast<int64_t>(std::char_traits<char>::length(message));
  if (!NewString(isolate, message, len, &s))
    s = v8::String::NewFromUtf8Literal(isolate, "host function failed");
  isolate->ThrowException(v8::Exception::Error(s));
}

// Keeps a context alive and its callback argument strings valid for the duration of a callback,
// whatever way the callback leaves (including a C++ exception).
class CallbackFrame {
 public:
  explicit CallbackFrame(sp_context* c) : c_(c), mark_(c->arena.Mark()) {
    ++c_->busy;
    ++c_->callback_depth;
  }
  ~CallbackFrame() {
    c_->arena.Truncate(mark_);  // args and nested results die with the callback
    --c_->callback_depth;
    --c_->busy;
    ReleaseBusy(c_);  // a dispose requested inside the callback happens now
  }
  CallbackFrame(const CallbackFrame&) = delete;
  CallbackFrame& operator=(const CallbackFrame&) = delete;

 private:
  sp_context* c_;
  size_t mark_;
};

sp_context* LiveContext(sp_runtime* rt, uint32_t serial) {
  auto it = rt->contexts.find(serial);
  if (it == rt->contexts.end() || it->second->dispose_requested) return nullptr;
  return it->second;
}

void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& info, sp_runtime* rt, sp_context* c,
              int32_t function_id) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = c->context.Get(isolate);
  CallbackFrame frame(c);

  int argc = info.Length();
  sp_value inline_args[8];  // most host calls take few arguments: no allocation for them
  std::vector<sp_value> heap_args;
  sp_value* args = inline_args;
  if (argc > 8) {
    heap_args.resize(static_cast<size_t>(argc));
    args = heap_args.data();
  }
  for (int i = 0; i < argc; ++i) {
    if (!ToSp(c, ctx, info[i], &args[i])) return;  // terminating: just unwind
  }

  sp_value result{};
  sp_status st = rt->dispatch(rt->dispatch_data, c, function_id, args, argc, &result);
  if (Terminating(isolate, nullptr)) return;  // a nested call was terminated: keep unwinding
  if (st != SP_OK || result.kind == SP_KIND_ERROR) {
    if (result.kind == SP_KIND_ERROR && result.ptr != nullptr && result.len > 0)
      ThrowError(isolate, result.ptr, result.len);
    else
      ThrowError(isolate, "host function failed");
    return;
  }
  v8::Local<v8::Value> v;
  const char* why = nullptr;
  st = FromSp(c, ctx, &result, false, &v, &why);
  if (st == SP_OK) {
    info.GetReturnValue().Set(v);
  } else if (st != SP_ERR_TERMINATED) {
    std::string msg = std::string("invalid host function result: ") + why;
    isolate->ThrowException(v8::Exception::TypeError(
        v8::String::NewFromUtf8(isolate, msg.c_str()).FromMaybe(v8::String::Empty(isolate))));
  }
}

}  // namespace

void HostCallback(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  try {
    auto* rt = static_cast<sp_runtime*>(isolate->GetData(kIsolateSlot));
    uint64_t data = info.Data().As<v8::BigInt>()->Uint64Value();
    sp_context* c = LiveContext(rt, static_cast<uint32_t>(data >> 32));
    if (c == nullptr)
      return ThrowError(isolate, "host function called after its context was disposed");
    if (rt->dispatch == nullptr) return ThrowError(isolate, "no host dispatcher");
    {
      // After sp_runtime_terminate the host must see no more calls. The script goes on until
      // V8's next interrupt check, but its call reports SP_ERR_TERMINATED (CallScope::Finish).
      std::lock_guard<std::mutex> lock(rt->mu);
      if (rt->terminate_pending) return;
    }
    Dispatch(info, rt, c, static_cast<int32_t>(static_cast<uint32_t>(data)));
  } catch (...) {
    // Never unwind a C++ exception through V8 frames.
    if (!isolate->IsExecutionTerminating()) ThrowError(isolate, "internal error in host function");
  }
}

void PromiseRejectCallback(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  auto* rt = static_cast<sp_runtime*>(isolate->GetData(kIsolateSlot));
  v8::PromiseRejectEvent event = message.GetEvent();
  if (rt == nullptr || rt->on_rejection == nullptr) return;
  if (event != v8::kPromiseRejectWithNoHandler && event != v8::kPromiseHandlerAddedAfterReject)
    return;
  if (isolate->IsExecutionTerminating()) return;
  {
    std::lock_guard<std::mutex> lock(rt->mu);
    if (rt->terminate_pending) return;  // the task is being ended: no more reports
  }
  try {
    v8::HandleScope hs(isolate);
    v8::Local<v8::Context> ctx;
    if (!promise->GetCreationContext().ToLocal(&ctx)) return;
    if (ctx->GetNumberOfEmbedderDataFields() <= static_cast<uint32_t>(kContextSlot)) return;
    auto* c = static_cast<sp_context*>(ctx->GetAlignedPointerFromEmbedderData(kContextSlot));
    if (c == nullptr || c->dispose_requested) return;  // slot is cleared on dispose
    v8::Context::Scope context_scope(ctx);
    v8::TryCatch tc(isolate);

    // A per-context id stored on the promise pairs a revocation with its report; it travels in
    // sp_error_info.reserved (0 when unknown).
    v8::Local<v8::Private> key =
        v8::Private::ForApi(isolate, v8::String::NewFromUtf8Literal(isolate, "sparrow.rejection"));
    int32_t id = 0;
    ErrorInfo e;
    e.status = SP_ERR_EXCEPTION;
    if (event == v8::kPromiseRejectWithNoHandler) {
      id = c->next_rejection_id++;
      if (c->next_rejection_id <= 0) c->next_rejection_id = 1;
      (void)promise->SetPrivate(ctx, key, v8::Integer::New(isolate, id));
      v8::Local<v8::Value> value = message.GetValue();
      // Same shape as a thrown error: "Error: boom" (Message::Get without "Uncaught "), with
      // the position where the Error was created (or where a non-Error was rejected).
      v8::Local<v8::Message> msg = v8::Exception::CreateMessage(isolate, value);
      if (!msg.IsEmpty()) {
        e.message = Utf8(isolate, msg->Get());
        if (e.message.compare(0, 9, "Uncaught ") == 0) e.message.erase(0, 9);
        e.line = msg->GetLineNumber(ctx).FromMaybe(0);
        int col = msg->GetStartColumn(ctx).FromMaybe(-1);
        e.column = col >= 0 ? col + 1 : 0;
        v8::Local<v8::Value> name = msg->GetScriptResourceName();
        if (!name.IsEmpty() && name->IsString()) e.resource = Utf8(isolate, name);
        v8::Local<v8::String> line;
        if (msg->GetSourceLine(ctx).ToLocal(&line)) e.source_line = Utf8(isolate, line);
      }
      if (e.message.empty()) e.message = Utf8(isolate, value);
      if (value->IsObject()) {
        v8::Local<v8::Value> stack;
        if (value.As<v8::Object>()
                ->Get(ctx, v8::String::NewFromUtf8Literal(isolate, "stack"))
                .ToLocal(&stack) &&
            stack->IsString())
          e.stack = Utf8(isolate, stack);
      }
    } else {
      v8::Local<v8::Value> v;
      if (!promise->GetPrivate(ctx, key).ToLocal(&v) || !v->IsInt32()) return;  // never reported
      id = v.As<v8::Int32>()->Value();
      e.message = "rejection handled late";
    }
    if (Terminating(isolate, &tc)) return;

    sp_error_info info;
    FillErrorInfo(e, &info);
    info.reserved = id;
    CallbackFrame frame(c);  // the callee may call back into the context
    rt->on_rejection(rt->rejection_data, c, &info,
                     event == v8::kPromiseHandlerAddedAfterReject ? 1 : 0);
  } catch (...) {
  }
}

}  // namespace sparrow
