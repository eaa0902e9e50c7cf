using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>Blink's tailoring over UAX #14 (text_break_iterator.cc): what a browser breaks at.</summary>
public sealed class CssLineBreaksTests
{
    private static int[] Breaks(string text, WordBreak wordBreak = WordBreak.Normal)
    {
        var t = CodePointText.Decode(text);
        var r = new LineBreakOpportunity[t.Count + 1];
        CssLineBreaks.Compute(t.Span, r, wordBreak);
        return Enumerable.Range(1, t.Count - 1).Where(i => r[i] != LineBreakOpportunity.None).ToArray();
    }

    [Fact]
    public void A_url_does_not_break_after_a_slash() => Assert.Empty(Breaks("https://a.b/c/d"));

    [Fact]
    public void A_hyphen_breaks_before_a_letter() => Assert.Equal(new[] { 5 }, Breaks("well-known"));

    [Fact]
    public void A_minus_sign_stays_with_its_number()
    {
        Assert.Equal(new[] { 2 }, Breaks("a -5"));
        Assert.Equal(new[] { 5 }, Breaks("ABCD-1234"));
    }

    [Fact]
    public void Spaces_break_after_the_run_only() => Assert.Equal(new[] { 4 }, Breaks("a   b"));

    [Fact]
    public void Chinese_breaks_between_ideographs_but_not_before_closing_punctuation() =>
        Assert.Equal(new[] { 1, 3 }, Breaks("中文。好"));

    [Fact]
    public void Break_all_breaks_inside_latin_words() => Assert.Equal(new[] { 1, 2 }, Breaks("abc", WordBreak.BreakAll));

    [Fact]
    public void Keep_all_keeps_ideographs_together() => Assert.Equal(new[] { 4 }, Breaks("中文字 好", WordBreak.KeepAll));
}
