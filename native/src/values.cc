// values.cc — converting values across the ABI (the sp_value rules of sparrow_v8.h).
#include "internal.h"

#include <climits>
#include <cstdlib>
#include <cstring>

namespace sparrow {
namespace {

const char* ArenaUtf8(sp_context* c, v8::Isolate* isolate, v8::Local<v8::String> s,
                      int64_t* len) {
  int n = s->Utf8Length(isolate);
  char* p = c->arena.Alloc(static_cast<size_t>(n));
  // REPLACE_INVALID_UTF8: lone surrogates become U+FFFD, so the output is always valid UTF-8.
  s->WriteUtf8(isolate, p, n, nullptr,
               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  *len = n;
  return p;
}

void SetHandle(sp_context* c, v8::Local<v8::Value> v, sp_value* out) {
  out->kind = SP_KIND_HANDLE;
  out->handle = c->AddHandle(v);
}

}  // namespace

std::string Utf8(v8::Isolate* isolate, v8::Local<v8::Value> v) {
  if (v.IsEmpty()) return std::string();
  v8::String::Utf8Value s(isolate, v);  // ToString under the hood; empty if it throws
  return *s != nullptr ? std::string(*s, static_cast<size_t>(s.length())) : std::string();
}

bool NewString(v8::Isolate* isolate, const char* s, int64_t len, v8::Local<v8::String>* out) {
  if (len < 0 || len > INT_MAX || (s == nullptr && len > 0)) return false;
  return v8::String::NewFromUtf8(isolate, len > 0 ? s : "", v8::NewStringType::kNormal,
                                 static_cast<int>(len))
      .ToLocal(out);
}

bool ToSp(sp_context* c, v8::Local<v8::Context> ctx, v8::Local<v8::Value> v, sp_value* out) {
  v8::Isolate* isolate = ctx->GetIsolate();
  *out = sp_value{};
  if (v.IsEmpty() || v->IsUndefined()) {
    out->kind = SP_KIND_UNDEFINED;
  } else if (v->IsNull()) {
    out->kind = SP_KIND_NULL;
  } else if (v->IsBoolean()) {
    out->kind = SP_KIND_BOOL;
    out->number = v->IsTrue() ? 1 : 0;
  } else if (v->IsNumber()) {
    out->kind = SP_KIND_NUMBER;
    out->number = v.As<v8::Number>()->Value();
  } else if (v->IsString()) {
    out->kind = SP_KIND_STRING;
    out->ptr = ArenaUtf8(c, isolate, v.As<v8::String>(), &out->len);
  } else if (v->IsBigInt()) {
    // No BigInt kind in the ABI: its decimal text, losslessly.
    v8::Local<v8::String> s;
    if (!v->ToString(ctx).ToLocal(&s)) return !Terminating(isolate, nullptr);
    out->kind = SP_KIND_STRING;
    out->ptr = ArenaUtf8(c, isolate, s, &out->len);
  } else if (v->IsArrayBuffer() || v->IsSharedArrayBuffer()) {
    std::shared_ptr<v8::BackingStore> bs = v->IsArrayBuffer()
                                               ? v.As<v8::ArrayBuffer>()->GetBackingStore()
                                               : v.As<v8::SharedArrayBuffer>()->GetBackingStore();
    out->kind = SP_KIND_ARRAYBUFFER;
    out->ptr = static_cast<const char*>(bs->Data());
    out->len = static_cast<int64_t>(bs->ByteLength());
  } else if (v->IsArrayBufferView()) {
    // A view is passed as the bytes it covers, not its whole buffer.
    v8::Local<v8::ArrayBufferView> view = v.As<v8::ArrayBufferView>();
    std::shared_ptr<v8::BackingStore> bs = view->Buffer()->GetBackingStore();
    out->kind = SP_KIND_ARRAYBUFFER;
    size_t len = view->ByteLength();
    out->ptr = bs->Data() != nullptr && len != 0
                   ? static_cast<const char*>(bs->Data()) + view->ByteOffset()
                   : nullptr;
    out->len = static_cast<int64_t>(len);
  } else if (v->IsFunction() || v->IsSymbol() || !v->IsObject()) {
    SetHandle(c, v, out);
  } else {
    // Plain data: JSON text. Cycles (throws), toJSON → undefined, or a termination fall back
    // to a handle — except termination, which the caller must report.
    v8::TryCatch tc(isolate);
    v8::Local<v8::String> json;
    if (v8::JSON::Stringify(ctx, v).ToLocal(&json)) {
      // JSON::Stringify turns an undefined result into the text "undefined" (never valid JSON).
      int64_t len = 0;
      const char* p = ArenaUtf8(c, isolate, json, &len);
      if (!(len == 9 && std::memcmp(p, "undefined", 9) == 0)) {
        out->kind = SP_KIND_JSON;
        out->ptr = p;
        out->len = len;
        return true;
      }
    }
    if (Terminating(isolate, &tc)) return false;
    SetHandle(c, v, out);
  }
  return true;
}

sp_status FromSp(sp_context* c, v8::Local<v8::Context> ctx, const sp_value* v, bool allow_error,
                 v8::Local<v8::Value>* out, const char** why) {
  v8::Isolate* isolate = ctx->GetIsolate();
  *why = "invalid sp_value";
  if (v == nullptr) {
    *out = v8::Undefined(isolate);
    return SP_OK;
  }
  switch (v->kind) {
    case SP_KIND_UNDEFINED:
      *out = v8::Undefined(isolate);
      return SP_OK;
    case SP_KIND_NULL:
      *out = v8::Null(isolate);
      return SP_OK;
    case SP_KIND_BOOL:
      *out = v8::Boolean::New(isolate, v->number != 0);
      return SP_OK;
    case SP_KIND_NUMBER:
      *out = v8::Number::New(isolate, v->number);
      return SP_OK;
    case SP_KIND_STRING: {
      v8::Local<v8::String> s;
      if (!NewString(isolate, v->ptr, v->len, &s)) {
        *why = "invalid string (null pointer, bad length or too long)";
        return SP_ERR_ARGUMENT;
      }
      *out = s;
      return SP_OK;
    }
    case SP_KIND_JSON: {
      v8::Local<v8::String> s;
      if (!NewString(isolate, v->ptr, v->len, &s)) {
        *why = "invalid JSON string (null pointer, bad length or too long)";
        return SP_ERR_ARGUMENT;
      }
      v8::TryCatch tc(isolate);
      if (!v8::JSON::Parse(ctx, s).ToLocal(out)) {
        if (Terminating(isolate, &tc)) return SP_ERR_TERMINATED;
        *why = "invalid JSON text";
        return SP_ERR_ARGUMENT;
      }
      return SP_OK;
    }
    case SP_KIND_ARRAYBUFFER: {
      // Buffers handed to the shim are copied (only sp_context_new_external_arraybuffer shares).
      if (v->len < 0 || (v->ptr == nullptr && v->len > 0)) {
        *why = "invalid ArrayBuffer (null pointer or bad length)";
        return SP_ERR_ARGUMENT;
      }
      if (v->len == 0) {
        *out = v8::ArrayBuffer::New(isolate, 0);
        return SP_OK;
      }
      // malloc rather than ArrayBuffer::New(isolate, len): V8 aborts the process when its
      // allocator fails, malloc lets us report the failure instead.
      size_t n = static_cast<size_t>(v->len);
      void* data = std::malloc(n);
      if (data == nullptr) {
        *why = "out of memory copying an ArrayBuffer";
        return SP_ERR_INTERNAL;
      }
      std::memcpy(data, v->ptr, n);
      std::shared_ptr<v8::BackingStore> bs = v8::ArrayBuffer::NewBackingStore(
          data, n, [](void* p, size_t, void*) { std::free(p); }, nullptr);
      *out = v8::ArrayBuffer::New(isolate, std::move(bs));
      return SP_OK;
    }
    case SP_KIND_HANDLE: {
      auto it = c->handles.find(v->handle);
      if (it == c->handles.end()) {
        *why = "unknown handle";
        return SP_ERR_ARGUMENT;
      }
      *out = it->second.Get(isolate);
      return SP_OK;
    }
    case SP_KIND_ERROR: {
      if (!allow_error) {
        *why = "SP_KIND_ERROR is only valid as a host function result";
        return SP_ERR_ARGUMENT;
      }
      v8::Local<v8::String> s;
      if (v->ptr == nullptr || v->len <= 0 || !NewString(isolate, v->ptr, v->len, &s)) {
        s = v8::String::NewFromUtf8Literal(isolate, "host function failed");
      }
      *out = v8::Exception::Error(s);
      return SP_OK;
    }
    default:
      *why = "unknown sp_value kind";
      return SP_ERR_ARGUMENT;
  }
}

}  // namespace sparrow

uint64_t sp_context::AddHandle(v8::Local<v8::Value> v) {
  uint64_t id = next_handle++;
  handles.emplace(id, v8::Global<v8::Value>(rt->isolate, v));
  return id;
}
