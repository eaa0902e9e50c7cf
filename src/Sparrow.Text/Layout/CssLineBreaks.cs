using System;

namespace Sparrow.Text;

/// <summary>
/// Break opportunities as a browser finds them for CSS (CSS Text 3 §5): UAX #14 with the
/// word-break tailoring, then Blink's own rules on top, because layout must match Chromium
/// (LazyLineBreakIterator::NextBreakablePosition in Blink's text_break_iterator.cc):
/// <list type="bullet">
/// <item>quotation marks follow Unicode 15.1's LB19/LB19a, as Chromium's ICU (74+) does;</item>
/// <item>a break after a run of spaces or tabs, whatever follows, and never before a space;</item>
/// <item>between two printable ASCII characters, Blink's kAsciiLineBreakTable instead of UAX #14:
/// breaks only before "(", "&lt;", "[", "{" after some punctuation, and after "-" and "?" (so a
/// URL does not break after "/"); between "-" and a digit only when a letter or digit precedes
/// the "-" (a minus sign stays with its number).</item>
/// </list>
/// </summary>
internal static class CssLineBreaks
{
    private const string AfterPunctuation = "!\"#%&)*+,.:;=>\\]|}~";
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXabcdefghijklmnopqrstuvwx";
    private const string AfterHyphen = "\"#%&'(*+-<=>@YZ[\\^_`yz{|~\u007F" + Letters;
    private const string AfterQuestion = "#$%&(*+-0123456789<=>@YZ[\\^_`yz{|~" + Letters;

    public static void Compute(ReadOnlySpan<int> cps, Span<LineBreakOpportunity> result, WordBreak wordBreak)
    {
        LineBreakAlgorithm.Compute(cps, result, wordBreak, quotes151: true);
        for (int i = 1; i < cps.Length; i++)
        {
            if (result[i] == LineBreakOpportunity.Mandatory)
            {
                continue;
            }

            int prev = cps[i - 1];
            int cur = cps[i];
            if (IsBreakableSpace(cur))
            {
                result[i] = LineBreakOpportunity.None;
            }
            else if (IsBreakableSpace(prev))
            {
                result[i] = LineBreakOpportunity.Allowed;
            }
            else if (IsAsciiPrintable(prev) && IsAsciiPrintable(cur) && wordBreak != WordBreak.BreakAll)
            {
                int beforePrev = i > 1 ? cps[i - 2] : 0;
                result[i] = AsciiBreaks(beforePrev, prev, cur) ? LineBreakOpportunity.Allowed : LineBreakOpportunity.None;
            }
        }
    }

    private static bool IsBreakableSpace(int cp) => cp is ' ' or '\t';

    private static bool IsAsciiPrintable(int cp) => cp is >= '!' and <= 0x7F;

    /// <summary>Blink's ShouldBreakAfter: the '-' before a digit rule, then kAsciiLineBreakTable.</summary>
    private static bool AsciiBreaks(int beforePrev, int prev, int cur)
    {
        if (prev == '-' && cur is >= '0' and <= '9')
        {
            return beforePrev is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
        }

        if (prev == '-')
        {
            return AfterHyphen.Contains((char)cur, StringComparison.Ordinal);
        }

        if (prev == '?')
        {
            return AfterQuestion.Contains((char)cur, StringComparison.Ordinal);
        }

        return AfterPunctuation.Contains((char)prev, StringComparison.Ordinal) && cur is '(' or '<' or '[' or '{';
    }
}
