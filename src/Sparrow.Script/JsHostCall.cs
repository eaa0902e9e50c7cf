using System;
using System.Text;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

/// <summary>
/// The arguments of one call from JS into a <see cref="HostFunction"/>: a typed view over the
/// values the shim converted, with no JSON for numbers, strings, booleans and buffers.
/// Valid only during the call.
/// </summary>
public readonly unsafe ref struct JsHostCall
{
    private readonly SpValue* _args;
    private readonly ulong* _taken;

    internal JsHostCall(JsContext context, SpValue* args, int count, ulong* taken)
    {
        Context = context;
        _args = args;
        Count = count;
        _taken = taken;
    }

    public JsContext Context { get; }

    public int Count { get; }

    public JsValueKind KindOf(int index) => index < Count ? _args[index].Kind : JsValueKind.Undefined;

    public double GetNumber(int index) =>
        KindOf(index) is JsValueKind.Number or JsValueKind.Boolean ? _args[index].Number : double.NaN;

    public int GetInt32(int index)
    {
        var n = GetNumber(index);
        return double.IsFinite(n) ? (int)Math.Clamp(Math.Truncate(n), int.MinValue, int.MaxValue) : 0;
    }

    public bool GetBoolean(int index) => KindOf(index) switch
    {
        JsValueKind.Boolean or JsValueKind.Number => _args[index].Number is not 0 and not double.NaN,
        JsValueKind.String or JsValueKind.Json => _args[index].Len > 0,
        JsValueKind.Handle or JsValueKind.ArrayBuffer => true,
        _ => false,
    };

    /// <summary>A String (or the JSON text of an object); null for anything else.</summary>
    public string? GetString(int index) =>
        KindOf(index) is JsValueKind.String or JsValueKind.Json ? SpErrorInfo.Text(_args[index].Ptr, _args[index].Len) : null;

    /// <summary>The UTF-8 bytes of a String without decoding it.</summary>
    public ReadOnlySpan<byte> GetUtf8(int index) =>
        KindOf(index) is JsValueKind.String or JsValueKind.Json ? new ReadOnlySpan<byte>(_args[index].Ptr, checked((int)_args[index].Len)) : default;

    /// <summary>The bytes of an ArrayBuffer or typed array, in place (writable; valid during the call).</summary>
    public Span<byte> GetBuffer(int index) =>
        KindOf(index) == JsValueKind.ArrayBuffer ? new Span<byte>(_args[index].Ptr, checked((int)_args[index].Len)) : default;

    /// <summary>Keeps a function argument beyond this call. Without this the handle is released when the call returns.</summary>
    public JsFunction? TakeFunction(int index)
    {
        if (KindOf(index) != JsValueKind.Handle || index >= 64)
        {
            return null;
        }

        *_taken |= 1UL << index;
        return new JsFunction(Context, _args[index].Handle);
    }

    /// <summary>The argument as a managed <see cref="JsValue"/> (a copy).</summary>
    public JsValue Get(int index) => index < Count ? ValueMarshaller.FromNative(_args[index]) : JsValue.Undefined;

    public override string ToString()
    {
        var text = new StringBuilder("(");
        for (var i = 0; i < Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Get(i).ToDisplayString());
        }

        return text.Append(')').ToString();
    }
}
