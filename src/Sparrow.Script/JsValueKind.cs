namespace Sparrow.Script;

/// <summary>The kinds of value that cross between JS and C# (mirrors <c>sp_kind</c>).</summary>
public enum JsValueKind
{
    Undefined = 0,
    Null = 1,
    Boolean = 2,
    Number = 3,
    String = 4,
    Json = 5,
    ArrayBuffer = 6,
    Handle = 7,
    Error = 8,
}
