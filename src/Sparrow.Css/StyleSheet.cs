using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>
/// A parsed WXSS file with its @imports inlined where they stood (as wcsc does, each file once).
/// Rules keep source order; <see cref="UnsupportedProperties"/> lists, once each, the properties
/// this engine does not support that the sheet used.
/// </summary>
public sealed class StyleSheet
{
    internal StyleSheet(string path) => Path = path;

    public string Path { get; }

    public List<StyleRule> Rules { get; } = [];

    public List<KeyframesRule> Keyframes { get; } = [];

    public List<FontFaceRule> FontFaces { get; } = [];

    /// <summary>Resolved paths of the files this sheet imported, each once, in the order of their last @import.</summary>
    public List<string> Imports { get; } = [];

    public SortedSet<string> UnsupportedProperties { get; } = new(System.StringComparer.Ordinal);
}
