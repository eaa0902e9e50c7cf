using System;

namespace Sparrow.Package.Archives;

/// <summary>
/// Which zip entry names a package archive may hold: relative, <c>/</c>-separated, every segment a
/// plain name. Anything else could write outside the extraction folder ("zip slip") and is refused.
/// </summary>
internal static class ArchiveEntryNames
{
    /// <summary>Null when <paramref name="name"/> is safe, else why it is not.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "an empty name";
        }

        if (name[0] == '/')
        {
            return "an absolute path";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "a backslash";
        }

        if (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0]))
        {
            return "a drive letter";
        }

        if (name.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0)
        {
            return "a control character";
        }

        var body = name.EndsWith('/') ? name[..^1] : name;
        foreach (var segment in body.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return segment == ".." ? "a '..' segment" : "an empty or '.' segment";
            }
        }

        return null;
    }

    /// <summary>A folder entry (name ending in <c>/</c>), which carries no file.</summary>
    public static bool IsFolder(string name) => name.EndsWith('/');
}
