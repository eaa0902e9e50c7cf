// script.cc — running code: scripts (with code caches), function calls, microtasks.
#include "internal.h"

#include <libplatform/libplatform.h>

#include <climits>
#include <cstring>

using sparrow::CallScope;
using sparrow::CheckContext;

namespace {

bool ValidSpan(const void* p, int64_t len) { return len >= 0 && (p != nullptr || len == 0); }

// Copies V8's cache into memory the caller frees with sp_buffer_free (delete[]).
void ProduceCache(v8::Local<v8::UnboundScript> unbound, sp_buffer* out) {
  std::unique_ptr<v8::ScriptCompiler::CachedData> cache(
      v8::ScriptCompiler::CreateCodeCache(unbound));
  if (!cache || cache->length <= 0) return;
  out->data = new uint8_t[static_cast<size_t>(cache->length)];
  std::memcpy(out->data, cache->data, static_cast<size_t>(cache->length));
  out->len = cache->length;
}

}  // namespace

extern "C" {

SP_API sp_status sp_script_run(sp_context* c, const char* source, int64_t source_len,
                               const sp_script_options* options, sp_value* result,
                               sp_buffer* cache_out, int32_t* cache_rejected) {
  SP_TRY
  if (result != nullptr) *result = sp_value{};
  if (cache_out != nullptr) *cache_out = sp_buffer{};
  if (cache_rejected != nullptr) *cache_rejected = 0;
  if (!ValidSpan(source, source_len) || source_len > INT_MAX) return SP_ERR_ARGUMENT;
  if (options != nullptr &&
      (!ValidSpan(options->origin, options->origin_len) || options->origin_len > INT_MAX ||
       !ValidSpan(options->cache, options->cache_len) || options->cache_len > INT_MAX))
    return SP_ERR_ARGUMENT;
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  CallScope scope(c);
  if (!scope.entered()) return SP_ERR_TERMINATED;
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Context> ctx = scope.context();
  v8::TryCatch tc(isolate);

  v8::Local<v8::String> src;
  if (!sparrow::NewString(isolate, source, source_len, &src))
    return scope.Fail(SP_ERR_ARGUMENT, "invalid source text");
  v8::Local<v8::Value> name = v8::Undefined(isolate);  // V8 shows "<anonymous>"
  if (options != nullptr && options->origin_len > 0) {
    v8::Local<v8::String> s;
    if (!sparrow::NewString(isolate, options->origin, options->origin_len, &s))
      return scope.Fail(SP_ERR_ARGUMENT, "invalid origin");
    name = s;
  }
  v8::ScriptOrigin origin(isolate, name, options != nullptr ? options->line_offset : 0,
                          options != nullptr ? options->column_offset : 0);

  bool have_cache = options != nullptr && options->cache != nullptr;
  if (have_cache && options->cache_len == 0) {
    have_cache = false;  // nothing V8 could accept
    if (cache_rejected != nullptr) *cache_rejected = 1;
  }
  // Source takes ownership of the CachedData; BufferNotOwned: the bytes stay the caller's.
  v8::ScriptCompiler::Source source_obj(
      src, origin,
      have_cache ? new v8::ScriptCompiler::CachedData(options->cache,
                                                      static_cast<int>(options->cache_len))
                 : nullptr);
  v8::Local<v8::Script> script;
  if (!v8::ScriptCompiler::Compile(ctx, &source_obj,
                                   have_cache ? v8::ScriptCompiler::kConsumeCodeCache
                                              : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&script))
    return scope.Finish(SP_ERR_INTERNAL, tc, SP_ERR_COMPILE);
  if (have_cache && cache_rejected != nullptr)
    *cache_rejected = source_obj.GetCachedData()->rejected ? 1 : 0;
  // Produced right after compiling (before running) so a script that throws still yields one.
  if (options != nullptr && options->produce_cache != 0 && cache_out != nullptr)
    ProduceCache(script->GetUnboundScript(), cache_out);

  v8::Local<v8::Value> v;
  if (!script->Run(ctx).ToLocal(&v)) return scope.Finish(SP_ERR_INTERNAL, tc);
  if (result != nullptr && !sparrow::ToSp(c, ctx, v, result))
    return scope.Finish(SP_ERR_TERMINATED, tc);
  return scope.Finish(SP_OK, tc);
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API sp_status sp_function_call(sp_context* c, uint64_t function_handle,
                                  const sp_value* receiver, const sp_value* args, int32_t argc,
                                  sp_value* result) {
  SP_TRY
  if (result != nullptr) *result = sp_value{};
  if (argc < 0 || (args == nullptr && argc > 0)) return SP_ERR_ARGUMENT;
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  CallScope scope(c);
  if (!scope.entered()) return SP_ERR_TERMINATED;
  v8::Isolate* isolate = scope.isolate();
  v8::Local<v8::Context> ctx = scope.context();
  v8::TryCatch tc(isolate);

  auto it = c->handles.find(function_handle);
  if (it == c->handles.end()) return scope.Fail(SP_ERR_ARGUMENT, "unknown function handle");
  v8::Local<v8::Value> fv = it->second.Get(isolate);
  if (!fv->IsFunction()) return scope.Fail(SP_ERR_ARGUMENT, "handle is not a function");

  const char* why = nullptr;
  v8::Local<v8::Value> recv;
  st = sparrow::FromSp(c, ctx, receiver, false, &recv, &why);  // NULL → undefined
  if (st == SP_ERR_TERMINATED) return scope.Finish(st, tc);
  if (st != SP_OK) return scope.Fail(st, why);
  std::vector<v8::Local<v8::Value>> argv(static_cast<size_t>(argc));
  for (int32_t i = 0; i < argc; ++i) {
    st = sparrow::FromSp(c, ctx, &args[i], false, &argv[static_cast<size_t>(i)], &why);
    if (st == SP_ERR_TERMINATED) return scope.Finish(st, tc);
    if (st != SP_OK) return scope.Fail(st, why);
  }

  v8::Local<v8::Value> v;
  if (!fv.As<v8::Function>()->Call(ctx, recv, argc, argv.data()).ToLocal(&v))
    return scope.Finish(SP_ERR_INTERNAL, tc);
  if (result != nullptr && !sparrow::ToSp(c, ctx, v, result))
    return scope.Finish(SP_ERR_TERMINATED, tc);
  return scope.Finish(SP_OK, tc);
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API sp_status sp_context_run_microtasks(sp_context* c) {
  SP_TRY
  sp_status st = CheckContext(c);
  if (st != SP_OK) return st;
  CallScope scope(c);
  if (!scope.entered()) return SP_ERR_TERMINATED;
  v8::Isolate* isolate = scope.isolate();
  v8::TryCatch tc(isolate);
  // Foreground tasks V8 posted (async WebAssembly compilation results, FinalizationRegistry
  // cleanup) only run when someone pumps the platform's queue for this isolate; do it here so
  // their promises can settle, without blocking.
  while (v8::platform::PumpMessageLoop(sparrow::Platform(), isolate,
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
    if (sparrow::Terminating(isolate, &tc)) break;
  }
  // The queue is per isolate (V8's default), so this also runs jobs queued by other contexts
  // of the runtime. Exceptions in jobs are not reported here (unhandled rejections go to the
  // rejection callback); only termination is.
  if (!sparrow::Terminating(isolate, &tc)) isolate->PerformMicrotaskCheckpoint();
  if (sparrow::Terminating(isolate, &tc)) return scope.Finish(SP_ERR_TERMINATED, tc);
  tc.Reset();
  return scope.Finish(SP_OK, tc);
  SP_CATCH(SP_ERR_INTERNAL)
}

}  // extern "C"
