// platform.cc — process-wide V8 setup, the version string, and sp_buffer_free.
#include "internal.h"

#include <libplatform/libplatform.h>

#include <cstdio>
#include <cstring>
#include <mutex>

namespace sparrow {
namespace {

std::once_flag g_init_once;
sp_status g_init_status = SP_ERR_INTERNAL;
// Intentionally leaked: V8 is never torn down (V8::Dispose + worker threads at static destruction
// time would race with any isolate still alive in the host process).
v8::Platform* g_platform = nullptr;

std::once_flag g_version_once;
char g_version[128];

void Init(const char* flags, int64_t flags_len) {
  // Flags must be set before V8::Initialize; later sp_platform_init calls cannot change them.
  if (flags != nullptr && flags_len > 0) {
    std::string f(flags, static_cast<size_t>(flags_len));
    v8::V8::SetFlagsFromString(f.c_str(), f.size());
  }
  // Debian's libnode links the system ICU, whose data is built in; InitializeICU just checks it.
  // A failure only loses Intl, so it is not fatal.
  (void)v8::V8::InitializeICU();
  std::unique_ptr<v8::Platform> platform = v8::platform::NewDefaultPlatform();
  if (!platform) return;
  g_platform = platform.release();
  v8::V8::InitializePlatform(g_platform);
  if (!v8::V8::Initialize()) return;
  g_init_status = SP_OK;
}

}  // namespace

v8::Platform* Platform() { return g_init_status == SP_OK ? g_platform : nullptr; }

const char* Arena::Copy(const char* s, size_t n) {
  char* p = Alloc(n);
  if (n != 0) std::memcpy(p, s, n);
  return p;
}

void FillErrorInfo(const ErrorInfo& e, sp_error_info* out) {
  out->status = e.status;
  out->line = e.line;
  out->column = e.column;
  out->reserved = 0;
  out->message = e.message.c_str();
  out->message_len = static_cast<int64_t>(e.message.size());
  out->resource = e.resource.c_str();
  out->resource_len = static_cast<int64_t>(e.resource.size());
  out->stack = e.stack.c_str();
  out->stack_len = static_cast<int64_t>(e.stack.size());
  out->source_line = e.source_line.c_str();
  out->source_line_len = static_cast<int64_t>(e.source_line.size());
}

}  // namespace sparrow

extern "C" {

SP_API sp_status sp_platform_init(const char* flags, int64_t flags_len) {
  SP_TRY
  if (flags_len < 0 || (flags == nullptr && flags_len > 0)) return SP_ERR_ARGUMENT;
  std::call_once(sparrow::g_init_once, sparrow::Init, flags, flags_len);
  return sparrow::g_init_status;
  SP_CATCH(SP_ERR_INTERNAL)
}

SP_API const char* sp_version(void) {
  // V8::GetVersion() is a static string that needs no initialisation.
  std::call_once(sparrow::g_version_once, [] {
    std::snprintf(sparrow::g_version, sizeof sparrow::g_version, "sparrow_v8 %d / V8 %s",
                  SP_ABI_VERSION, v8::V8::GetVersion());
  });
  return sparrow::g_version;
}

SP_API void sp_buffer_free(sp_buffer* buffer) {
  if (buffer == nullptr) return;
  delete[] buffer->data;  // allocated with new[] in sp_script_run
  buffer->data = nullptr;
  buffer->len = 0;
}

}  // extern "C"
