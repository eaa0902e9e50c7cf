using System.Runtime.InteropServices;

namespace Sparrow.Script.Interop;

/// <summary>
/// The shim's C ABI (native/include/sparrow_v8.h), one declaration per function, same order.
/// Only <see cref="JsRuntime"/> and <see cref="JsContext"/> call these, on the logic thread
/// (except <see cref="sp_runtime_terminate"/> and <see cref="sp_runtime_is_running"/>).
/// </summary>
internal static unsafe partial class NativeMethods
{
    private const string Lib = "sparrow_v8";

    public const int AbiVersion = 1;

    [LibraryImport(Lib)]
    public static partial SpStatus sp_platform_init(byte* flags, long flagsLen);

    [LibraryImport(Lib)]
    public static partial byte* sp_version();

    [LibraryImport(Lib)]
    public static partial SpStatus sp_runtime_new(SpRuntimeOptions* options, nint* runtime);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_dispose(nint runtime);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_set_dispatcher(
        nint runtime,
        delegate* unmanaged<nint, nint, int, SpValue*, int, SpValue*, SpStatus> fn,
        nint userData);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_set_rejection_callback(
        nint runtime,
        delegate* unmanaged<nint, nint, SpErrorInfo*, int, void> fn,
        nint userData);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_terminate(nint runtime);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_clear_terminate(nint runtime);

    [LibraryImport(Lib)]
    public static partial int sp_runtime_is_running(nint runtime);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_heap_stats(nint runtime, SpHeapStats* stats);

    [LibraryImport(Lib)]
    public static partial void sp_runtime_low_memory(nint runtime);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_context_new(nint runtime, SpContextOptions* options, nint* context);

    [LibraryImport(Lib)]
    public static partial void sp_context_dispose(nint context);

    [LibraryImport(Lib)]
    public static partial void sp_context_last_error(nint context, SpErrorInfo* info);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_context_define_function(nint context, byte* name, long nameLen, int functionId);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_context_set_global(nint context, byte* name, long nameLen, SpValue* value);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_context_get_global(nint context, byte* name, long nameLen, SpValue* value);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_context_new_external_arraybuffer(nint context, void* data, long len, ulong* handle);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_arraybuffer_detach(nint context, ulong handle);

    [LibraryImport(Lib)]
    public static partial void sp_handle_release(nint context, ulong handle);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_script_run(
        nint context, byte* source, long sourceLen, SpScriptOptions* options,
        SpValue* result, SpBuffer* cacheOut, int* cacheRejected);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_function_call(
        nint context, ulong function, SpValue* receiver, SpValue* args, int argc, SpValue* result);

    [LibraryImport(Lib)]
    public static partial SpStatus sp_context_run_microtasks(nint context);

    [LibraryImport(Lib)]
    public static partial void sp_buffer_free(SpBuffer* buffer);
}
