namespace Sparrow.Script;

/// <summary>One <c>console.*</c> call: its level, the formatted text, and the runtime clock's time.</summary>
public readonly record struct JsLogEntry(JsLogLevel Level, string Message, double TimeMilliseconds);
