using System;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Core;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

public sealed unsafe partial class JsContext
{
    private nint _result;
    private int _resultCapacity;

    /// <summary>Runs host function <paramref name="id"/> for the shim's dispatcher.</summary>
    internal SpStatus Dispatch(int id, SpValue* args, int argc, SpValue* result)
    {
        if ((uint)id >= (uint)_functions.Count)
        {
            WriteResult(JsValue.Error($"Unknown host function id {id}."), result);
            return SpStatus.Argument;
        }

        ulong taken = 0;
        JsValue value;
        try
        {
            value = _functions[id](new JsHostCall(this, args, argc, &taken));
        }
        catch (JsHostException e)
        {
            value = JsValue.Error(e.Message);
        }
#pragma warning disable CA1031 // A host bug must become a JS error and a diagnostic, never unwind into V8.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Runtime.Report(Diagnostic.Error(
                DiagnosticCodes.ScriptHostCallFailed,
                $"Host function '{_functionNames[id]}' failed: {e.Message}",
                SourceLocation.None,
                e.ToString()));
            value = JsValue.Error($"{_functionNames[id]}: {e.Message}");
        }
        finally
        {
            ReleaseUntaken(args, argc, taken);
        }

        WriteResult(value, result);
        return value.Kind == JsValueKind.Error ? SpStatus.Exception : SpStatus.Ok;
    }

    private void ReleaseUntaken(SpValue* args, int argc, ulong taken)
    {
        for (var i = 0; i < argc; i++)
        {
            if (args[i].Kind == JsValueKind.Handle && (i >= 64 || (taken & (1UL << i)) == 0))
            {
                NativeMethods.sp_handle_release(_handle, args[i].Handle);
            }
        }
    }

    /// <summary>
    /// Writes a host result. Its string memory must outlive the dispatcher's return; the shim
    /// copies it before anything else can run, so one reusable buffer per context suffices.
    /// </summary>
    private void WriteResult(JsValue value, SpValue* result)
    {
        if (value.Kind == JsValueKind.ArrayBuffer)
        {
            value = JsValue.Error("Host functions cannot return ArrayBuffers by value; use a JsExternalBuffer.");
        }

        var sp = new SpValue { Kind = value.Kind, Number = value.Number, Handle = value.Handle };
        if (value.Kind is JsValueKind.String or JsValueKind.Json or JsValueKind.Error)
        {
            var text = value.Text ?? string.Empty;
            var max = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (max > _resultCapacity)
            {
                NativeMemory.Free((void*)_result);
                _resultCapacity = Math.Max(max, 256);
                _result = (nint)NativeMemory.Alloc((nuint)_resultCapacity);
            }

            sp.Ptr = (byte*)_result;
            sp.Len = Encoding.UTF8.GetBytes(text, new Span<byte>((void*)_result, _resultCapacity));
        }

        *result = sp;
    }

    private void FreeResultBuffer()
    {
        NativeMemory.Free((void*)_result);
        _result = 0;
        _resultCapacity = 0;
    }
}
