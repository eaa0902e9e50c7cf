namespace Sparrow.Dom;

/// <summary>
/// A stylesheet the page uses, in the order glass-easel appended it
/// (<c>appendStyleSheetPath(path, styleScope)</c>); <see cref="Content"/> comes from
/// <c>registerStyleSheetContent(path, content)</c> and is null when only the path is known (the
/// style stage then loads it from the package).
/// </summary>
public sealed record StyleSheetEntry(string Path, int Scope, string? Content, bool Disabled);
