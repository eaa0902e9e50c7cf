using System;

namespace Sparrow.Script.Interop;

/// <summary>Converts between <see cref="JsValue"/> and the ABI's <see cref="SpValue"/>.</summary>
internal static unsafe class ValueMarshaller
{
    /// <summary>A value for the shim; string memory comes from <paramref name="arena"/>.</summary>
    public static SpValue ToNative(in JsValue value, NativeArena arena)
    {
        var sp = new SpValue { Kind = value.Kind };
        switch (value.Kind)
        {
            case JsValueKind.Boolean:
            case JsValueKind.Number:
                sp.Number = value.Number;
                break;
            case JsValueKind.String:
            case JsValueKind.Json:
            case JsValueKind.Error:
                sp.Ptr = arena.Utf8(value.Text ?? string.Empty, out sp.Len);
                break;
            case JsValueKind.Handle:
                sp.Handle = value.Handle;
                break;
            case JsValueKind.ArrayBuffer:
                throw new NotSupportedException("ArrayBuffers go to JS as external buffers (JsContext.CreateExternalArrayBuffer), not as copied values.");
        }

        return sp;
    }

    /// <summary>A managed copy of a value the shim handed over.</summary>
    public static JsValue FromNative(in SpValue sp) => sp.Kind switch
    {
        JsValueKind.Undefined => JsValue.Undefined,
        JsValueKind.Null => JsValue.Null,
        JsValueKind.Boolean => JsValue.FromBoolean(sp.Number != 0),
        JsValueKind.Number => JsValue.FromNumber(sp.Number),
        JsValueKind.String => JsValue.FromString(SpErrorInfo.Text(sp.Ptr, sp.Len)),
        JsValueKind.Json => JsValue.FromJson(SpErrorInfo.Text(sp.Ptr, sp.Len)),
        JsValueKind.Error => JsValue.Error(SpErrorInfo.Text(sp.Ptr, sp.Len)),
        JsValueKind.Handle => JsValue.FromHandle(sp.Handle),
        JsValueKind.ArrayBuffer => JsValue.FromBytes(new ReadOnlySpan<byte>(sp.Ptr, checked((int)sp.Len)).ToArray()),
        _ => throw new InvalidOperationException($"The shim returned an unknown value kind {(int)sp.Kind}."),
    };
}
