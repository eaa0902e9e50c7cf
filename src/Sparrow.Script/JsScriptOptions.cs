namespace Sparrow.Script;

/// <summary>How <see cref="JsContext.Run"/> compiles a script.</summary>
/// <param name="UseCodeCache">Consume and produce V8 code cache through the runtime's <see cref="CodeCache"/>, if it has one.</param>
/// <param name="LineOffset">0-based line of the source's first line in its file (may be negative to hide a wrapper line).</param>
/// <param name="ColumnOffset">0-based column of the source's first line in its file.</param>
public readonly record struct JsScriptOptions(bool UseCodeCache = false, int LineOffset = 0, int ColumnOffset = 0);
