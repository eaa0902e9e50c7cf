using System;

namespace Sparrow.Script;

/// <summary>
/// A JS value copied out of (or to be copied into) V8. Objects and arrays travel as JSON text;
/// functions and other retained objects as a handle owned by a <see cref="JsContext"/>.
/// </summary>
public readonly struct JsValue : IEquatable<JsValue>
{
    private JsValue(JsValueKind kind, double number = 0, string? text = null, ulong handle = 0, byte[]? bytes = null)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Handle = handle;
        Bytes = bytes;
    }

    public JsValueKind Kind { get; }

    /// <summary>The value of a Number, or 1/0 for a Boolean.</summary>
    public double Number { get; }

    /// <summary>The text of a String, the JSON of an object, or the message of an Error.</summary>
    public string? Text { get; }

    /// <summary>The handle id of a Handle value.</summary>
    public ulong Handle { get; }

    /// <summary>A copy of an ArrayBuffer's bytes.</summary>
    public byte[]? Bytes { get; }

    public static JsValue Undefined => default;

    public static JsValue Null => new(JsValueKind.Null);

    public static JsValue True => new(JsValueKind.Boolean, 1);

    public static JsValue False => new(JsValueKind.Boolean, 0);

    public bool IsUndefined => Kind == JsValueKind.Undefined;

    public bool IsNullish => Kind is JsValueKind.Undefined or JsValueKind.Null;

    public bool AsBoolean => Number != 0;

    public static JsValue FromBoolean(bool value) => value ? True : False;

    public static JsValue FromNumber(double value) => new(JsValueKind.Number, value);

    public static JsValue FromString(string value) => new(JsValueKind.String, text: value);

    /// <summary>An object or array given as JSON text; V8 parses it on the way in.</summary>
    public static JsValue FromJson(string json) => new(JsValueKind.Json, text: json);

    /// <summary>As a host function's result: throw an Error with this message in JS.</summary>
    public static JsValue Error(string message) => new(JsValueKind.Error, text: message);

    internal static JsValue FromHandle(ulong handle) => new(JsValueKind.Handle, handle: handle);

    internal static JsValue FromBytes(byte[] bytes) => new(JsValueKind.ArrayBuffer, bytes: bytes);

    /// <summary>How <c>sparrow eval</c> prints a result: strings raw, numbers as JS prints them.</summary>
    public string ToDisplayString() => Kind switch
    {
        JsValueKind.Undefined => "undefined",
        JsValueKind.Null => "null",
        JsValueKind.Boolean => AsBoolean ? "true" : "false",
        JsValueKind.Number => JsNumberFormat.Format(Number),
        JsValueKind.String or JsValueKind.Json => Text ?? string.Empty,
        JsValueKind.ArrayBuffer => $"ArrayBuffer {{ byteLength: {Bytes?.Length ?? 0} }}",
        JsValueKind.Handle => "[object]",
        JsValueKind.Error => "Error: " + Text,
        _ => throw new InvalidOperationException($"Unknown value kind {Kind}."),
    };

    public override string ToString() => $"{Kind}({ToDisplayString()})";

    public bool Equals(JsValue other) =>
        Kind == other.Kind && Number.Equals(other.Number) && Text == other.Text && Handle == other.Handle;

    public override bool Equals(object? obj) => obj is JsValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Number, Text, Handle);

    public static bool operator ==(JsValue left, JsValue right) => left.Equals(right);

    public static bool operator !=(JsValue left, JsValue right) => !left.Equals(right);
}
