using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

/// <summary>
/// One JS global object in a <see cref="JsRuntime"/>'s isolate. Every member must be called on the
/// runtime's logic thread (from a task posted to the runtime); a call from another thread throws.
/// </summary>
public sealed unsafe partial class JsContext : IDisposable
{
    private readonly List<HostFunction> _functions = [];
    private readonly List<string> _functionNames = [];
    private readonly NativeArena _arena = new();
    private readonly List<JsExternalBuffer> _buffers = [];
    private nint _handle;

    internal JsContext(JsRuntime runtime, nint handle)
    {
        Runtime = runtime;
        _handle = handle;
    }

    public JsRuntime Runtime { get; }

    internal nint NativeHandle => _handle;

    /// <summary>Compiles and runs a classic script. Microtasks are not run (the event loop does that after each task).</summary>
    public JsCompletion Run(string source, string origin, JsScriptOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(origin);
        var ctx = Live();
        var cache = options.UseCodeCache ? Runtime.CodeCache : null;
        var cached = cache?.TryLoad(source);
        var mark = _arena.Save();
        try
        {
            var src = _arena.Utf8(source, out var srcLen);
            var opts = new SpScriptOptions
            {
                LineOffset = options.LineOffset,
                ColumnOffset = options.ColumnOffset,
                ProduceCache = cache is not null && cached is null ? 1 : 0,
            };
            opts.Origin = _arena.Utf8(origin, out opts.OriginLen);
            if (cached is not null)
            {
                opts.Cache = _arena.Copy(cached);
                opts.CacheLen = cached.Length;
            }

            SpValue result;
            SpBuffer produced = default;
            var rejected = 0;
            var status = NativeMethods.sp_script_run(ctx, src, srcLen, &opts, &result, &produced, &rejected);
            if (produced.Data != null)
            {
                cache!.Store(source, new ReadOnlySpan<byte>(produced.Data, checked((int)produced.Len)));
                NativeMethods.sp_buffer_free(&produced);
            }

            if (rejected != 0)
            {
                cache!.Reject(source);
            }

            return Complete(status, &result);
        }
        finally
        {
            _arena.Restore(mark);
        }
    }

    /// <summary>Calls a JS function with <c>this</c> undefined.</summary>
    public JsCompletion Call(JsFunction function, ReadOnlySpan<JsValue> args)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (function.Handle == 0)
        {
            ThrowHelper.ObjectDisposed(nameof(JsFunction));
        }

        var ctx = Live();
        var mark = _arena.Save();
        try
        {
            var count = args.Length;
            var native = count <= 8 ? stackalloc SpValue[8] : new SpValue[count];
            for (var i = 0; i < count; i++)
            {
                native[i] = ValueMarshaller.ToNative(args[i], _arena);
            }

            SpValue result;
            SpStatus status;
            fixed (SpValue* argv = native)
            {
                status = NativeMethods.sp_function_call(ctx, function.Handle, null, argv, count, &result);
            }

            return Complete(status, &result);
        }
        finally
        {
            _arena.Restore(mark);
        }
    }

    /// <summary>Runs queued promise reactions and microtasks to completion.</summary>
    public JsCompletion RunMicrotasks()
    {
        var status = NativeMethods.sp_context_run_microtasks(Live());
        return status == SpStatus.Ok ? JsCompletion.Ok(JsValue.Undefined) : JsCompletion.Failed(LastError(status));
    }

    /// <summary>Installs <c>globalThis[name]</c> as a function that calls <paramref name="function"/>.</summary>
    public void DefineFunction(string name, HostFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var ctx = Live();
        var id = _functions.Count;
        _functions.Add(function);
        _functionNames.Add(name);
        var mark = _arena.Save();
        try
        {
            var p = _arena.Utf8(name, out var len);
            Check(NativeMethods.sp_context_define_function(ctx, p, len, id), "define function " + name);
        }
        finally
        {
            _arena.Restore(mark);
        }
    }

    public void SetGlobal(string name, JsValue value)
    {
        var ctx = Live();
        var mark = _arena.Save();
        try
        {
            var p = _arena.Utf8(name, out var len);
            var v = ValueMarshaller.ToNative(value, _arena);
            Check(NativeMethods.sp_context_set_global(ctx, p, len, &v), "set global " + name);
        }
        finally
        {
            _arena.Restore(mark);
        }
    }

    /// <summary>Reads <c>globalThis[name]</c>. A function comes back as a handle; see <see cref="GetFunction"/>.</summary>
    public JsValue GetGlobal(string name)
    {
        var ctx = Live();
        var mark = _arena.Save();
        try
        {
            var p = _arena.Utf8(name, out var len);
            SpValue v;
            Check(NativeMethods.sp_context_get_global(ctx, p, len, &v), "get global " + name);
            return ValueMarshaller.FromNative(v);
        }
        finally
        {
            _arena.Restore(mark);
        }
    }

    /// <summary><c>globalThis[name]</c> as a callable function, or null when it is not one.</summary>
    public JsFunction? GetFunction(string name) => AsFunction(GetGlobal(name));

    /// <summary>Wraps a completion's handle value as a function (the caller owns it).</summary>
    public JsFunction? AsFunction(JsValue value) =>
        value.Kind == JsValueKind.Handle ? new JsFunction(this, value.Handle) : null;

    /// <summary>
    /// An ArrayBuffer over <paramref name="byteLength"/> bytes of zeroed native memory that C# owns:
    /// JS writes into it and C# reads the same bytes with no copy.
    /// </summary>
    public JsExternalBuffer CreateExternalBuffer(int byteLength)
    {
        var buffer = new JsExternalBuffer(this, byteLength);
        _buffers.Add(buffer);
        return buffer;
    }

    internal ulong WrapExternal(void* data, long length)
    {
        ulong handle;
        Check(NativeMethods.sp_context_new_external_arraybuffer(Live(), data, length, &handle), "create external ArrayBuffer");
        return handle;
    }

    internal void Detach(ulong handle, JsExternalBuffer buffer)
    {
        if (_handle != 0)
        {
            NativeMethods.sp_arraybuffer_detach(_handle, handle);
            NativeMethods.sp_handle_release(_handle, handle);
        }

        _buffers.Remove(buffer);
    }

    internal void Release(ulong handle)
    {
        if (_handle != 0 && handle != 0)
        {
            Runtime.VerifyThread();
            NativeMethods.sp_handle_release(_handle, handle);
        }
    }

    public void Dispose()
    {
        if (_handle == 0)
        {
            return;
        }

        Runtime.VerifyThread();
        foreach (var buffer in _buffers.ToArray())
        {
            buffer.Dispose();
        }

        Runtime.Forget(this);
        NativeMethods.sp_context_dispose(_handle);
        _handle = 0;
        _arena.Dispose();
        FreeResultBuffer();
    }

    private nint Live()
    {
        if (_handle == 0)
        {
            ThrowHelper.ObjectDisposed(nameof(JsContext));
        }

        Runtime.VerifyThread();
        return _handle;
    }

    private JsCompletion Complete(SpStatus status, SpValue* result) =>
        status == SpStatus.Ok ? JsCompletion.Ok(ValueMarshaller.FromNative(*result)) : JsCompletion.Failed(LastError(status));

    private void Check(SpStatus status, string what)
    {
        if (status != SpStatus.Ok)
        {
            ThrowHelper.InvalidOperation($"V8 shim failed to {what}: {LastError(status).Message}");
        }
    }
}
