using System;
using System.Buffers;
using System.Runtime.InteropServices;
using Sparrow.Core;
using L = Sparrow.Text.LineBreakClass;

namespace Sparrow.Text;

/// <summary>
/// UAX #14 (Unicode 15.0, revision 49) line breaking: the pair rules of §6.1 evaluated in order,
/// LB1–LB31, with the numeric tailoring of §8.2 Example 7 that LineBreakTest.txt uses (and that
/// Chromium's ICU rules also implement). Rules not in 15.0 (LB15a/b, LB20a, LB28a — 15.1) are
/// deliberately absent: the data and its test file are 15.0.
/// https://www.unicode.org/reports/tr14/tr14-49.html
/// </summary>
internal static partial class LineBreakAlgorithm
{
    /// <summary>
    /// Fills <paramref name="result"/> (length <c>codePoints.Length + 1</c>): entry i is the
    /// opportunity before code point i. LB2: never at 0; LB3: always at the end.
    /// <paramref name="quotes151"/> replaces LB19 by Unicode 15.1's LB19 and LB19a (quotation
    /// marks between East Asian characters allow breaks), which browsers on ICU 74+ apply;
    /// off for LineBreakTest.txt, which is 15.0.
    /// </summary>
    public static void Compute(ReadOnlySpan<int> codePoints, Span<LineBreakOpportunity> result, WordBreak wordBreak = WordBreak.Normal, bool quotes151 = false)
    {
        int n = codePoints.Length;
        if (result.Length < n + 1)
        {
            ThrowHelper.Argument(nameof(result), "Needs one entry per code point plus one.");
        }

        result[0] = LineBreakOpportunity.None;
        if (n == 0)
        {
            return;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(n * 3);
        int[] baseRented = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var raw = MemoryMarshal.Cast<byte, L>(rented.AsSpan(0, n));
            var eff = MemoryMarshal.Cast<byte, L>(rented.AsSpan(n, n));
            var attached = rented.AsSpan(2 * n, n);
            var baseIndex = baseRented.AsSpan(0, n);
            Resolve(codePoints, raw, eff, attached, baseIndex, wordBreak);
            var context = new Context(codePoints, raw, eff, attached, baseIndex, quotes151);
            for (int i = 1; i < n; i++)
            {
                result[i] = context.At(i);
            }

            // LB3: always break at the end of text.
            result[n] = LineBreakOpportunity.Mandatory;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(baseRented);
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>LB1 class resolution, CSS word-break tailoring, then LB9/LB10 combining marks.</summary>
    private static void Resolve(ReadOnlySpan<int> cps, Span<L> raw, Span<L> eff, Span<byte> attached, Span<int> baseIndex, WordBreak wordBreak)
    {
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            L c = UnicodeTables.LineBreak(cp);
            c = c switch
            {
                // LB1: AI, SG and XX resolve to AL; SA to CM when Mn/Mc, else AL; CJ to NS
                // (the "strict" default the test file uses).
                L.AI or L.SG or L.XX => L.AL,
                L.SA => UnicodeTables.IsMark(cp) ? L.CM : L.AL,
                L.CJ => L.NS,
                _ => c,
            };
            raw[i] = Tailor(c, wordBreak);
        }

        for (int i = 0; i < cps.Length; i++)
        {
            L c = raw[i];
            attached[i] = 0;
            baseIndex[i] = i;
            eff[i] = c;
            if (c is L.CM or L.ZWJ)
            {
                // LB9: X (CM | ZWJ)* → X, where X is not BK, CR, LF, NL, SP or ZW.
                if (i > 0 && eff[i - 1] is not (L.BK or L.CR or L.LF or L.NL or L.SP or L.ZW))
                {
                    eff[i] = eff[i - 1];
                    baseIndex[i] = baseIndex[i - 1];
                    attached[i] = 1;
                }
                else
                {
                    // LB10: treat any remaining CM or ZWJ as AL.
                    eff[i] = L.AL;
                }
            }
        }
    }

    /// <summary>
    /// CSS Text 3 §5.2: break-all lets letters and numbers break like ideographs; keep-all
    /// suppresses the implicit opportunities between ideographs (treating them as letters), the
    /// way Chromium's LazyLineBreakIterator tailors them.
    /// </summary>
    private static L Tailor(L c, WordBreak wordBreak) => wordBreak switch
    {
        WordBreak.BreakAll when c is L.AL or L.HL or L.NU => L.ID,
        WordBreak.KeepAll when c is L.ID or L.H2 or L.H3 or L.JL or L.JV or L.JT => L.AL,
        _ => c,
    };
}
