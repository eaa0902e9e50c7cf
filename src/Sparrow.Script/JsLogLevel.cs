namespace Sparrow.Script;

/// <summary>The level of a <c>console.*</c> call (the numbers the prelude sends).</summary>
public enum JsLogLevel
{
    Debug = 0,
    Log = 1,
    Info = 2,
    Warn = 3,
    Error = 4,
}
