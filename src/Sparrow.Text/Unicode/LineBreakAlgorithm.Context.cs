using System;
using System.Globalization;
using L = Sparrow.Text.LineBreakClass;
using O = Sparrow.Text.LineBreakOpportunity;

namespace Sparrow.Text;

internal static partial class LineBreakAlgorithm
{
    /// <summary>The resolved classes of one text and the rules, evaluated for one position at a time.</summary>
    private readonly ref struct Context
    {
        private readonly ReadOnlySpan<int> cps;
        private readonly ReadOnlySpan<L> raw;
        private readonly ReadOnlySpan<L> eff;
        private readonly ReadOnlySpan<byte> attached;
        private readonly ReadOnlySpan<int> baseIndex;
        private readonly bool quotes151;

        public Context(ReadOnlySpan<int> cps, ReadOnlySpan<L> raw, ReadOnlySpan<L> eff, ReadOnlySpan<byte> attached, ReadOnlySpan<int> baseIndex, bool quotes151)
        {
            this.quotes151 = quotes151;
            this.cps = cps;
            this.raw = raw;
            this.eff = eff;
            this.attached = attached;
            this.baseIndex = baseIndex;
        }

        /// <summary>The rules of UAX #14 §6.1 in order for the position before code point <paramref name="i"/>.</summary>
        public O At(int i)
        {
            int p = i - 1;
            L a = eff[p];
            L b = raw[i];

            // LB4, LB5: mandatory breaks after hard line breaks; CR × LF.
            if (a == L.BK)
            {
                return O.Mandatory;
            }

            if (a == L.CR && b == L.LF)
            {
                return O.None;
            }

            if (a is L.CR or L.LF or L.NL)
            {
                return O.Mandatory;
            }

            // LB6: × (BK | CR | LF | NL). LB7: × SP, × ZW.
            if (b is L.BK or L.CR or L.LF or L.NL or L.SP or L.ZW)
            {
                return O.None;
            }

            // LB8: ZW SP* ÷.
            if (BeforeSpaces(p) == L.ZW)
            {
                return O.Allowed;
            }

            // LB8a: ZWJ × (the character itself, before LB9 folds it into its base).
            if (raw[p] == L.ZWJ)
            {
                return O.None;
            }

            // LB9: no break inside X (CM | ZWJ)*; LB10 already made the unattached ones AL.
            if (attached[i] != 0)
            {
                return O.None;
            }

            b = eff[i];
            return Pairs(p, a, b, i);
        }

        private O Pairs(int p, L a, L b, int i)
        {
            // LB11: × WJ, WJ ×. LB12: GL ×. LB12a: [^SP BA HY] × GL.
            if (a == L.WJ || b == L.WJ || a == L.GL || (b == L.GL && a is not (L.SP or L.BA or L.HY)))
            {
                return O.None;
            }

            // LB13: × CL, × CP, × EX, × IS, × SY.
            if (b is L.CL or L.CP or L.EX or L.IS or L.SY)
            {
                return O.None;
            }

            L beforeSpaces = BeforeSpaces(p);

            // LB14: OP SP* ×. LB15: QU SP* × OP. LB16: (CL | CP) SP* × NS. LB17: B2 SP* × B2.
            if (beforeSpaces == L.OP
                || (b == L.OP && beforeSpaces == L.QU)
                || (b == L.NS && beforeSpaces is L.CL or L.CP)
                || (b == L.B2 && beforeSpaces == L.B2))
            {
                return O.None;
            }

            // LB18: SP ÷.
            if (a == L.SP)
            {
                return O.Allowed;
            }

            // LB19: × QU, QU ×. LB20: ÷ CB, CB ÷.
            if ((a == L.QU || b == L.QU) && (!quotes151 || QuotesHold151(p, a, b, i)))
            {
                return O.None;
            }

            if (a == L.CB || b == L.CB)
            {
                return O.Allowed;
            }

            // LB21: × BA, × HY, × NS, BB ×. LB21a: HL (HY | BA) ×. LB21b: SY × HL. LB22: × IN.
            if (b is L.BA or L.HY or L.NS || a == L.BB)
            {
                return O.None;
            }

            if (a is L.HY or L.BA && PreviousBase(p) is int q && q >= 0 && eff[q] == L.HL)
            {
                return O.None;
            }

            if ((a == L.SY && b == L.HL) || b == L.IN)
            {
                return O.None;
            }

            return Alphanumerics(p, a, b, i);
        }

        private O Alphanumerics(int p, L a, L b, int i)
        {
            // LB23: (AL | HL) × NU, NU × (AL | HL).
            // LB23a: PR × (ID | EB | EM), (ID | EB | EM) × PO.
            // LB24: (PR | PO) × (AL | HL), (AL | HL) × (PR | PO).
            if ((a is L.AL or L.HL && b == L.NU) || (a == L.NU && b is L.AL or L.HL)
                || (a == L.PR && b is L.ID or L.EB or L.EM) || (a is L.ID or L.EB or L.EM && b == L.PO)
                || (a is L.PR or L.PO && b is L.AL or L.HL) || (a is L.AL or L.HL && b is L.PR or L.PO))
            {
                return O.None;
            }

            if (Numbers(p, a, b, i))
            {
                return O.None;
            }

            // LB26: Korean syllable blocks. LB27: ... and with PO/PR.
            bool korean = a is L.JL or L.JV or L.JT or L.H2 or L.H3;
            if ((a == L.JL && b is L.JL or L.JV or L.H2 or L.H3)
                || (a is L.JV or L.H2 && b is L.JV or L.JT)
                || (a is L.JT or L.H3 && b == L.JT)
                || (korean && b == L.PO)
                || (a == L.PR && b is L.JL or L.JV or L.JT or L.H2 or L.H3))
            {
                return O.None;
            }

            // LB28: (AL | HL) × (AL | HL). LB29: IS × (AL | HL).
            if ((a is L.AL or L.HL or L.IS) && b is L.AL or L.HL)
            {
                return O.None;
            }

            // LB30: (AL | HL | NU) × OP and CP × (AL | HL | NU), except East Asian F/W/H brackets.
            if ((a is L.AL or L.HL or L.NU && b == L.OP && !UnicodeTables.IsWide(cps[i]))
                || (a == L.CP && b is L.AL or L.HL or L.NU && !UnicodeTables.IsWide(cps[baseIndex[p]])))
            {
                return O.None;
            }

            // LB30a: break between pairs of regional indicators only.
            if (a == L.RI && b == L.RI)
            {
                int count = 0;
                for (int q = baseIndex[p]; q >= 0 && eff[q] == L.RI; q = PreviousBase(q))
                {
                    count++;
                }

                return (count & 1) == 1 ? O.None : O.Allowed;
            }

            // LB30b: EB × EM, [\p{Extended_Pictographic} & \p{Cn}] × EM.
            if (b == L.EM)
            {
                int cp = cps[baseIndex[p]];
                if (a == L.EB || (UnicodeTables.IsExtendedPictographic(cp) && UnicodeTables.IsUnassigned(cp)))
                {
                    return O.None;
                }
            }

            // LB31: break everywhere else.
            return O.Allowed;
        }

        /// <summary>
        /// Unicode 15.1 (UAX #14 rev. 51) LB19 and LB19a: × [QU − Pi], [QU − Pf] ×, and in any case
        /// no break at a quotation mark unless East Asian (ea = F, W, H) characters are on both
        /// sides: [^EA] × QU, × QU ([^EA] | eot), QU × [^EA], (sot | [^EA]) QU ×.
        /// </summary>
        private bool QuotesHold151(int p, L a, L b, int i)
        {
            if (b == L.QU)
            {
                int next = i + 1;
                while (next < attached.Length && attached[next] != 0)
                {
                    next++;
                }

                if (!IsInitialQuote(cps[i]) || !UnicodeTables.IsWide(cps[baseIndex[p]])
                    || next >= cps.Length || !UnicodeTables.IsWide(cps[next]))
                {
                    return true;
                }
            }

            if (a == L.QU)
            {
                int before = PreviousBase(p);
                if (!IsFinalQuote(cps[baseIndex[p]]) || !UnicodeTables.IsWide(cps[i])
                    || before < 0 || !UnicodeTables.IsWide(cps[before]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInitialQuote(int cp) =>
            cp <= 0xFFFF && CharUnicodeInfo.GetUnicodeCategory((char)cp) == UnicodeCategory.InitialQuotePunctuation;

        private static bool IsFinalQuote(int cp) =>
            cp <= 0xFFFF && CharUnicodeInfo.GetUnicodeCategory((char)cp) == UnicodeCategory.FinalQuotePunctuation;

        /// <summary>LB25 as tailored in UAX #14 §8.2 Example 7 (what LineBreakTest.txt expects).</summary>
        private bool Numbers(int p, L a, L b, int i)
        {
            // (PR | PO) × ( OP | HY )? NU; ( OP | HY ) × NU.
            if ((a is L.PR or L.PO && b == L.NU) || (a is L.OP or L.HY && b == L.NU))
            {
                return true;
            }

            if (a is L.PR or L.PO && b is L.OP or L.HY)
            {
                int k = i + 1;
                while (k < attached.Length && attached[k] != 0)
                {
                    k++;
                }

                return k < eff.Length && eff[k] == L.NU;
            }

            // NU (NU | SY | IS)* × (NU | SY | IS | CL | CP).
            if (b is L.NU or L.SY or L.IS or L.CL or L.CP)
            {
                return NumberEndsAt(baseIndex[p]);
            }

            // NU (NU | SY | IS)* (CL | CP)? × (PO | PR).
            if (b is L.PO or L.PR)
            {
                int q = baseIndex[p];
                if (eff[q] is L.CL or L.CP)
                {
                    q = PreviousBase(q);
                }

                return q >= 0 && NumberEndsAt(q);
            }

            return false;
        }

        /// <summary>Whether the combining sequence at <paramref name="q"/> ends <c>NU (NU | SY | IS)*</c>.</summary>
        private bool NumberEndsAt(int q)
        {
            while (q >= 0 && eff[q] is L.SY or L.IS)
            {
                q = PreviousBase(q);
            }

            return q >= 0 && eff[q] == L.NU;
        }

        /// <summary>Base index of the combining sequence before the one at <paramref name="q"/>, or -1.</summary>
        private int PreviousBase(int q)
        {
            int start = baseIndex[q];
            return start > 0 ? baseIndex[start - 1] : -1;
        }

        /// <summary>The class before the spaces that end at <paramref name="p"/> (for the SP* rules).</summary>
        private L BeforeSpaces(int p)
        {
            while (p >= 0 && eff[p] == L.SP)
            {
                p--;
            }

            return p >= 0 ? eff[p] : L.SP;
        }
    }
}
