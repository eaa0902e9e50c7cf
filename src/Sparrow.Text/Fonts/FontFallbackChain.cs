using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Text;

/// <summary>
/// The faces tried, in order, for one (query, script): the query's families first (registered
/// @font-face faces before system ones, CSS Fonts 4 §5), then fontconfig's sorted fallback list
/// for the script's language, loaded lazily. <see cref="FindFor"/> picks a face per grapheme
/// cluster, the way Chromium's FontFallbackIterator walks its list.
/// </summary>
internal sealed class FontFallbackChain
{
    private static readonly string[] Generic = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"];

    private readonly FontSystem system;
    private readonly FontQuery query;
    private readonly List<FaceMatch> faces = [];
    private readonly List<FontSystem.FontCandidate> pending;
    private int nextPending;

    /// <summary>How many of <see cref="faces"/> come from the query's families (the rest are system fallback).</summary>
    private readonly int familyCount;

    public FontFallbackChain(FontSystem system, FontQuery query, ScriptClass script)
    {
        this.system = system;
        this.query = query;
        string fcStyle = $":weight={FontSystem.FontconfigWeight(query.Weight)}:slant={(query.Italic ? 100 : 0)}";
        string? generic = null;
        foreach (string family in query.Families)
        {
            if (system.Registered(family) is { } registered)
            {
                Add(Best(registered));
                continue;
            }

            bool isGeneric = Array.IndexOf(Generic, family.ToLowerInvariant()) >= 0;
            generic ??= isGeneric ? family : null;
            // Generic families resolve for the content language, as Chromium's FontCache does
            // for a zh-CN page: "sans-serif" is then Noto Sans CJK SC, not DejaVu Sans.
            string lang = isGeneric ? script.GenericLanguage() : string.Empty;
            foreach (var c in system.Sort(FontSystem.Escape(family) + fcStyle + lang, 1))
            {
                // fontconfig always answers something; a named family counts only if it is really there.
                if (isGeneric || string.Equals(c.Family, family, StringComparison.OrdinalIgnoreCase))
                {
                    Add(system.LoadFile(c.Path, c.Index, c.Family, c.Weight, c.Italic));
                }
            }
        }

        familyCount = faces.Count;
        pending = system.Sort(FontSystem.Escape(generic ?? "sans-serif") + fcStyle + script.GenericLanguage(), 64);
        if (faces.Count == 0 && !LoadNext())
        {
            ThrowHelper.InvalidOperation("fontconfig found no usable font on this machine; run ./dev setup.");
        }
    }

    public FaceMatch Primary => faces[0];

    /// <summary>
    /// The face for one grapheme cluster, in Chromium's FontFallbackIterator order: the query's
    /// families first, even for emoji (DejaVu Sans's monochrome U+1F600 wins over the color
    /// font, as in Chromium); then, for a cluster in emoji presentation, the color emoji face;
    /// then the system fallback list. A face covers the cluster when it has a glyph for every
    /// code point that needs one (default-ignorables such as ZWJ do not) and maps every
    /// variation selector with its base in cmap format 14 (Chromium's FontVariationSequences:
    /// an unmatched selector is a missing glyph, so "☀\uFE0F" leaves DejaVu Sans for Noto Color
    /// Emoji). When no face maps the selector, the search runs again ignoring it: the color emoji
    /// face first for U+FE0F (Noto Color Emoji's cmap 14 lists only text-default bases, so
    /// "😀\uFE0F" gets here), color bitmap faces skipped for U+FE0E. Null when nothing covers the cluster.
    /// </summary>
    public FaceMatch? FindFor(ReadOnlySpan<int> cluster, EmojiPresentation presentation)
    {
        var found = Find(cluster, presentation, strictVariations: true);
        if (found is null && HasVariationSelector(cluster))
        {
            found = Find(cluster, presentation, strictVariations: false);
        }

        return found;
    }

    private FaceMatch? Find(ReadOnlySpan<int> cluster, EmojiPresentation presentation, bool strictVariations)
    {
        bool skipColor = !strictVariations && presentation == EmojiPresentation.Text;
        if (!strictVariations && presentation == EmojiPresentation.Emoji && cluster.Contains(0xFE0F)
            && system.ColorEmojiFace is { } preferred && Covers(preferred, cluster, false))
        {
            // U+FE0F asks for the emoji font, which need not list an emoji-default base in cmap 14.
            return FaceMatch.For(preferred, query);
        }

        for (int i = 0; ; i++)
        {
            if (i == familyCount && presentation == EmojiPresentation.Emoji && system.ColorEmojiFace is { } emoji
                && Covers(emoji, cluster, strictVariations))
            {
                return FaceMatch.For(emoji, query);
            }

            if (i == faces.Count && !LoadNext())
            {
                return null;
            }

            var face = faces[i].Face;
            if (!(skipColor && face.IsColorBitmapFont) && Covers(face, cluster, strictVariations))
            {
                return faces[i];
            }
        }
    }

    private static bool Covers(FontFace face, ReadOnlySpan<int> cluster, bool strictVariations)
    {
        for (int i = 0; i < cluster.Length; i++)
        {
            int cp = cluster[i];
            if (IsVariationSelector(cp))
            {
                if (strictVariations && i > 0 && !face.SupportsVariation(cluster[i - 1], cp))
                {
                    return false;
                }
            }
            else if (!IsDefaultIgnorable(cp) && !face.HasGlyph(cp))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasVariationSelector(ReadOnlySpan<int> cluster)
    {
        foreach (int cp in cluster)
        {
            if (IsVariationSelector(cp))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsVariationSelector(int cp) => cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>A subset of Default_Ignorable_Code_Point that shows up in real text (UAX #44 §5.21).</summary>
    internal static bool IsDefaultIgnorable(int cp) =>
        cp is 0x00AD or (>= 0x200B and <= 0x200F) or (>= 0x2060 and <= 0x206F) or (>= 0xFE00 and <= 0xFE0F)
            or 0xFEFF or (>= 0xE0000 and <= 0xE0FFF);

    private bool LoadNext()
    {
        while (nextPending < pending.Count)
        {
            var c = pending[nextPending++];
            if (system.LoadFile(c.Path, c.Index, c.Family, c.Weight, c.Italic) is { } face)
            {
                if (!faces.Exists(f => f.Face == face))
                {
                    faces.Add(FaceMatch.For(face, query));
                    return true;
                }
            }
        }

        return false;
    }

    private void Add(FontFace? face)
    {
        if (face is not null && !faces.Exists(f => f.Face == face))
        {
            faces.Add(FaceMatch.For(face, query));
        }
    }

    /// <summary>CSS Fonts 4 §5.2 font matching, reduced: style first, then the nearest weight.</summary>
    private FontFace Best(List<FontFace> candidates)
    {
        FontFace best = candidates[0];
        int bestScore = int.MaxValue;
        foreach (var face in candidates)
        {
            int score = (face.Italic == query.Italic ? 0 : 10_000) + Math.Abs(face.Weight - query.Weight);
            if (score < bestScore)
            {
                best = face;
                bestScore = score;
            }
        }

        return best;
    }
}
