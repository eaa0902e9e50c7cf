// context.cc — sp_context: a global object, its handle table, globals and external buffers.
#include "internal.h"

#include <climits>

namespace sparrow {
namespace {

// Weak globals of collected buffers become empty; drop them so the list stays proportional to
// the buffers actually alive.
void PruneExternals(sp_context* c) {
  auto& v = c->externals;
  size_t keep = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!v[i].IsEmpty()) {
      if (keep != i) v[keep] = std::move(v[i]);
      ++keep;
    }
  }
  v.resize(keep);
}

}  // namespace

void DestroyContext(sp_context* c) {
  sp_runtime* rt = c->rt;
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope hs(isolate);
  // The embedder may free external memory right after this: no JS may reach it any more.
  for (auto& g : c->externals) {
    if (g.IsEmpty()) continue;
    v8::Local<v8::ArrayBuffer> ab = g.Get(isolate);
    if (ab->IsDetachable()) ab->Detach();
  }
  c->externals.clear();
  // Jobs of this context may still sit in the (isolate-wide) microtask queue; with the slot
  // cleared the rejection callback ignores it, and host functions find no serial and throw.
  v8::Local<v8::Context> ctx = c->context.Get(isolate);
  ctx->SetAlignedPointerInEmbedderData(kContextSlot, nullptr);
  c->handles.clear();
  c->context.Reset();
  rt->contexts.erase(c->serial);
  delete c;
}

void ReleaseBusy(sp_context* c) {
  if (c->busy == 0 && c->dispose_requested) DestroyContext(c);
}

}  // namespace sparrow

using sparrow::CallScope;
using sparrow::CheckContext;

extern "C" {

SP_API sp_status sp_context_new(sp_runtime* rt, const sp_context_options* options,
                                sp_context** out) {
  SP_TRY
  if (rt == nullptr || out == nullptr) return SP_ERR_ARGUMENT;
  *out = nullptr;
  if (!rt->OnThread()) return SP_ERR_STATE;
  v8::Isolate* isolate = rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope hs(isolate);
  v8::Local<v8::Context> ctx = v8::Context::New(isolate);
  if (ctx.IsEmpty()) return SP_ERR_INTERNAL;
  // NULL options mean all-zero options: code generation from strings is off.
  if (options == nullptr || options->allow_code_generation == 0)
    ctx->AllowCodeGenerationFromStrings(false);

  auto c = std::make_unique<sp_context>();
  c->rt = rt;
  c->serial = rt->next_context_serial++;
  c->context.Reset(isolate, ctx);
  // Lets isolate-wide callbacks (promise rejection) find the sp_context of a v8::Context.
  ctx->SetAlignedPointerInEmbedderData(sparrow::kContextSlot, c.get());
  rt->contexts.emplace(c->serial, c.get());
  *out = c.release();
  return SP_OK;
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API void sp_context_dispose(sp_context* c) {
  try {
    if (c == nullptr || !c->rt->OnThread() || c->dispose_requested) return;
    c->dispose_requested = true;
    // Disposed from inside one of its own calls (a host callback): the outermost user of the
    // context finishes the job (ReleaseBusy), so no frame on the stack sees freed memory.
    sparrow::ReleaseBusy(c);
  } catch (...) {
  }
}

SP_API sp_runtime* sp_context_runtime(sp_context* c) { return c != nullptr ? c->rt : nullptr; }

SP_API void sp_context_last_error(sp_context* c, sp_error_info* out) {
  if (out == nullptr) return;
  *out = sp_error_info{};
  if (c == nullptr || !c->rt->OnThread()) return;
  sparrow::FillErrorInfo(c->last_error, out);
}

SP_API sp_status sp_context_define_function(sp_context* c, const char* name, int64_t name_len,
                                            int32_t function_id) {
  SP_TRY
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  CallScope scope(c);
  if (!scope.entered()) return SP_ERR_TERMINATED;
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Context> ctx = scope.context();
  v8::TryCatch tc(isolate);
  v8::Local<v8::String> key;
  if (!sparrow::NewString(isolate, name, name_len, &key) || name_len == 0)
    return scope.Fail(SP_ERR_ARGUMENT, "invalid function name");
  // data = (context serial, function id): a serial, not a pointer, so a function that outlives
  // its context (a queued job) finds nothing instead of freed memory.
  uint64_t data = (uint64_t{c->serial} << 32) | static_cast<uint32_t>(function_id);
  v8::Local<v8::Function> fn;
  if (!v8::Function::New(ctx, sparrow::HostCallback, v8::BigInt::NewFromUnsigned(isolate, data), 0,
                         v8::ConstructorBehavior::kThrow)
           .ToLocal(&fn))
    return scope.Finish(SP_ERR_INTERNAL, tc);
  fn->SetName(key);
  if (ctx->Global()->Set(ctx, key, fn).IsNothing()) return scope.Finish(SP_ERR_INTERNAL, tc);
  return scope.Finish(SP_OK, tc);
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API sp_status sp_context_set_global(sp_context* c, const char* name, int64_t name_len,
                                       const sp_value* value) {
  SP_TRY
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  CallScope scope(c);
  if (!scope.entered()) return SP_ERR_TERMINATED;
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Context> ctx = scope.context();
  v8::TryCatch tc(isolate);
  v8::Local<v8::String> key;
  if (!sparrow::NewString(isolate, name, name_len, &key))
    return scope.Fail(SP_ERR_ARGUMENT, "invalid global name");
  v8::Local<v8::Value> v;
  const char* why = nullptr;
  st = sparrow::FromSp(c, ctx, value, false, &v, &why);
  if (st == SP_ERR_TERMINATED) return scope.Finish(st, tc);
  if (st != SP_OK) return scope.Fail(st, why);
  // Set, not DefineOwnProperty: a global accessor or setter defined by the script runs.
  if (ctx->Global()->Set(ctx, key, v).IsNothing()) return scope.Finish(SP_ERR_INTERNAL, tc);
  return scope.Finish(SP_OK, tc);
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API sp_status sp_context_get_global(sp_context* c, const char* name, int64_t name_len,
                                       sp_value* out) {
  SP_TRY
  if (out == nullptr) return SP_ERR_ARGUMENT;
  *out = sp_value{};
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  CallScope scope(c);
  if (!scope.entered()) return SP_ERR_TERMINATED;
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Context> ctx = scope.context();
  v8::TryCatch tc(isolate);
  v8::Local<v8::String> key;
  if (!sparrow::NewString(isolate, name, name_len, &key))
    return scope.Fail(SP_ERR_ARGUMENT, "invalid global name");
  v8::Local<v8::Value> v;
  if (!ctx->Global()->Get(ctx, key).ToLocal(&v)) return scope.Finish(SP_ERR_INTERNAL, tc);
  if (!sparrow::ToSp(c, ctx, v, out)) return scope.Finish(SP_ERR_TERMINATED, tc);
  return scope.Finish(SP_OK, tc);
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API sp_status sp_context_new_external_arraybuffer(sp_context* c, void* data, int64_t len,
                                                     uint64_t* out_handle) {
  SP_TRY
  if (out_handle == nullptr || len < 0 || (data == nullptr && len > 0)) return SP_ERR_ARGUMENT;
  *out_handle = 0;
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  v8::Isolate* isolate = c->rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope hs(isolate);
  // ArrayBuffer::New takes the constructor from the current context: one must be entered.
  v8::Context::Scope context_scope(c->context.Get(isolate));
  // The embedder owns the memory: the deleter does nothing.
  std::shared_ptr<v8::BackingStore> bs = v8::ArrayBuffer::NewBackingStore(
      data, static_cast<size_t>(len), [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(bs));
  if (c->externals.size() >= 64 && (c->externals.size() & (c->externals.size() - 1)) == 0)
    sparrow::PruneExternals(c);  // amortised: at each power of two
  c->externals.emplace_back(isolate, ab);
  c->externals.back().SetWeak();
  *out_handle = c->AddHandle(ab);
  return SP_OK;
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API sp_status sp_arraybuffer_detach(sp_context* c, uint64_t handle) {
  SP_TRY
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  auto it = c->handles.find(handle);
  if (it == c->handles.end()) return SP_ERR_ARGUMENT;
  v8::Isolate* isolate = c->rt->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope hs(isolate);
  v8::Local<v8::Value> v = it->second.Get(isolate);
  if (!v->IsArrayBuffer()) return SP_ERR_ARGUMENT;
  v8::Local<v8::ArrayBuffer> ab = v.As<v8::ArrayBuffer>();
  if (!ab->IsDetachable()) return SP_ERR_ARGUMENT;
  ab->Detach();  // every view over it now has length 0
  return SP_OK;
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API void sp_handle_release(sp_context* c, uint64_t handle) {
  if (c == nullptr || !c->rt->OnThread()) return;
  try {
    c->handles.erase(handle);  // ~Global releases the reference; no isolate scope needed
  } catch (...) {
  }
}

}  // extern "C"
