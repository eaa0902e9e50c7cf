using System.Diagnostics.CodeAnalysis;

namespace Sparrow.Script;

/// <summary>The outcome of running JS: a value, or an error.</summary>
public readonly record struct JsCompletion(JsValue Value, JsError? Error)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null;

    public static JsCompletion Ok(JsValue value) => new(value, null);

    public static JsCompletion Failed(JsError error) => new(JsValue.Undefined, error);
}
