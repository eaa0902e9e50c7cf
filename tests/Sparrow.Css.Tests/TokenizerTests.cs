using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Sparrow.Css.Tests;

public class TokenizerTests
{
    private static string[] Tokens(string css)
    {
        var list = new List<string>();
        var r = new CssTokenReader(css);
        for (var t = r.Read(); t.Kind != CssTokenKind.Eof; t = r.Read())
        {
            list.Add(t.ToString());
        }

        return [.. list];
    }

    [Theory]
    [InlineData(".a{color:red}", "Delim(.) Ident(a) LeftBrace Ident(color) Colon Ident(red) RightBrace")]
    [InlineData("10rpx -2.5em +.5 1e3 50%", "Dimension(10rpx) Whitespace Dimension(-2.5em) Whitespace Number(0.5) Whitespace Number(1000) Whitespace Percentage(50)")]
    [InlineData("#fff #1a", "Hash(fff) Whitespace Hash(1a)")]
    [InlineData("url( a.png ) url(\"b.png\")", "Url(a.png) Whitespace Function(url) String(b.png) RightParen")]
    [InlineData("\"abc\ndef", "BadString(abc) Whitespace Ident(def)")]
    [InlineData("url(a b)", "BadUrl")]
    [InlineData("/* c */a/**/b", "Ident(a) Ident(b)")]
    [InlineData("\\31 23 \\66oo", "Ident(123) Whitespace Ident(foo)")]
    [InlineData("<!-- --> @media --x -->", "Cdo Whitespace Cdc Whitespace AtKeyword(media) Whitespace Ident(--x) Whitespace Cdc")]
    [InlineData("calc(1px+2px)", "Function(calc) Dimension(1px) Dimension(2px) RightParen")]
    [InlineData("a\0b", "Ident(a\uFFFDb)")]
    public void Tokens_follow_css_syntax_3(string css, string expected) =>
        Assert.Equal(expected, string.Join(' ', Tokens(css)));

    [Fact]
    public void Random_text_always_tokenizes_to_the_end()
    {
        var rng = new System.Random(7);
        const string alphabet = "ab1.-+#@\\\"'()[]{}:;,/*!%u rl\n\t<>~=|^$0e";
        for (var i = 0; i < 5000; i++)
        {
            var chars = Enumerable.Range(0, rng.Next(40)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray();
            var text = new string(chars);
            var r = new CssTokenReader(text);
            var guard = 0;
            for (var t = r.Read(); t.Kind != CssTokenKind.Eof; t = r.Read())
            {
                Assert.True(++guard <= text.Length + 1);
            }

            Assert.Equal(text.Length, r.Position);
        }
    }
}
