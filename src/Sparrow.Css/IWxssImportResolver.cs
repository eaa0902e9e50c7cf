namespace Sparrow.Css;

/// <summary>
/// Finds the text of an <c>@import</c>ed WXSS file. The package stage implements it over the
/// mini program's files; tests use a dictionary. A cold, pluggable seam, so an interface.
/// </summary>
public interface IWxssImportResolver
{
    /// <summary>
    /// Resolves <paramref name="url"/> as written in <paramref name="fromPath"/> (relative to that
    /// file, or to the package root when it starts with <c>/</c>). Returns false when there is no such file.
    /// </summary>
    bool TryResolve(string fromPath, string url, out string resolvedPath, out string content);
}
