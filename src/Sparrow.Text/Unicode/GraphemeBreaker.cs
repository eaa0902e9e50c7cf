using System;
using Sparrow.Core;
using G = Sparrow.Text.GraphemeClusterBreak;

namespace Sparrow.Text;

/// <summary>
/// Extended grapheme cluster boundaries, UAX #29 (Unicode 15.0) §3.1.1, rules GB1–GB999.
/// GB9c (Indic conjuncts) is 15.1 and deliberately absent, matching the 15.0 test file.
/// https://www.unicode.org/reports/tr29/tr29-41.html#Grapheme_Cluster_Boundary_Rules
/// </summary>
internal static class GraphemeBreaker
{
    /// <summary>
    /// Sets <c>boundaries[i]</c> when a cluster starts at code point i; <c>[Length]</c> (GB2) is
    /// always true. Needs <c>codePoints.Length + 1</c> entries.
    /// </summary>
    public static void Compute(ReadOnlySpan<int> codePoints, Span<bool> boundaries)
    {
        int n = codePoints.Length;
        if (boundaries.Length < n + 1)
        {
            ThrowHelper.Argument(nameof(boundaries), "Needs one entry per code point plus one.");
        }

        boundaries[n] = true;
        if (n == 0)
        {
            return;
        }

        // GB1: break at the start.
        boundaries[0] = true;
        G prev = UnicodeTables.Grapheme(codePoints[0]);

        // State for GB11 (ExtPict Extend* ZWJ × ExtPict) and GB12/13 (RI pairs).
        bool pictSequence = UnicodeTables.IsExtendedPictographic(codePoints[0]);
        int riRun = prev == G.RegionalIndicator ? 1 : 0;
        for (int i = 1; i < n; i++)
        {
            int cp = codePoints[i];
            G cur = UnicodeTables.Grapheme(cp);
            bool pict = UnicodeTables.IsExtendedPictographic(cp);
            boundaries[i] = IsBoundary(prev, cur, pict, pictSequence, riRun);

            // An ExtPict Extend* ZWJ? sequence continues through Extend and ZWJ only.
            if (pict)
            {
                pictSequence = true;
            }
            else if (!(pictSequence && prev != G.Zwj && cur is G.Extend or G.Zwj))
            {
                pictSequence = false;
            }

            riRun = cur == G.RegionalIndicator ? riRun + 1 : 0;
            prev = cur;
        }
    }

    private static bool IsBoundary(G prev, G cur, bool curPict, bool pictSequence, int riRun)
    {
        // GB3: CR × LF. GB4, GB5: break around controls.
        if (prev == G.CR && cur == G.LF)
        {
            return false;
        }

        if (prev is G.Control or G.CR or G.LF || cur is G.Control or G.CR or G.LF)
        {
            return true;
        }

        // GB6–GB8: Hangul syllable sequences.
        if ((prev == G.L && cur is G.L or G.V or G.LV or G.LVT)
            || (prev is G.LV or G.V && cur is G.V or G.T)
            || (prev is G.LVT or G.T && cur == G.T))
        {
            return false;
        }

        // GB9: × (Extend | ZWJ). GB9a: × SpacingMark. GB9b: Prepend ×.
        if (cur is G.Extend or G.Zwj or G.SpacingMark || prev == G.Prepend)
        {
            return false;
        }

        // GB11: ExtPict Extend* ZWJ × ExtPict.
        if (prev == G.Zwj && curPict && pictSequence)
        {
            return false;
        }

        // GB12, GB13: regional indicators pair up.
        if (prev == G.RegionalIndicator && cur == G.RegionalIndicator)
        {
            return (riRun & 1) == 0;
        }

        // GB999.
        return true;
    }
}
