using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Sparrow.Text;

namespace Sparrow.Host.Conformance.Suites.Text;

/// <summary>One case of conformance/text/cases.json: text, available width and style.</summary>
internal sealed record TextCase(string Name, string Text, float Width, TextStyle Style, bool Cut, StyledText? Content)
{
    /// <summary>The device pixel ratio Chromium laid the case out at ("ratio", default 1).</summary>
    public float Ratio { get; init; } = 1;

    public static TextCase Read(JsonElement e)
    {
        var style = ReadStyle(e.GetProperty("style"), new TextStyle());
        StyledText? content = null;
        if (e.TryGetProperty("runs", out var runs))
        {
            content = StyledText.Create(runs.EnumerateArray()
                .Select(r => (r.GetProperty("text").GetString()!, ReadStyle(r.GetProperty("style"), style)))
                .ToArray());
        }

        return new TextCase(e.GetProperty("name").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("width").GetSingle(), style, style.Ellipsis || style.LineClamp > 0, content)
        {
            Ratio = e.TryGetProperty("ratio", out var ratio) ? ratio.GetSingle() : 1,
        };
    }

    /// <summary>A style from JSON: the properties given, the rest from <paramref name="parent"/> (CSS inheritance).</summary>
    private static TextStyle ReadStyle(JsonElement s, TextStyle parent)
    {
        var families = s.TryGetProperty("fontFamily", out var fam)
            ? fam.EnumerateArray().Select(f => f.GetString()!).ToImmutableArray()
            : parent.Font.Families;
        return new TextStyle
        {
            Font = new FontQuery(families, Int(s, "fontWeight", parent.Font.Weight), s.TryGetProperty("italic", out var it) ? it.GetBoolean() : parent.Font.Italic),
            FontSize = s.TryGetProperty("fontSize", out var fs) ? fs.GetSingle() : parent.FontSize,
            LineHeight = s.TryGetProperty("lineHeight", out var lh)
                ? lh.TryGetProperty("number", out var num) ? LineHeight.Number(num.GetSingle()) : LineHeight.Pixels(lh.GetProperty("px").GetSingle())
                : parent.LineHeight,
            LetterSpacing = s.TryGetProperty("letterSpacing", out var ls) ? ls.GetSingle() : parent.LetterSpacing,
            WordSpacing = s.TryGetProperty("wordSpacing", out var ws) ? ws.GetSingle() : parent.WordSpacing,
            TextIndent = s.TryGetProperty("textIndent", out var ti) ? ti.GetSingle() : 0,
            WhiteSpace = Str(s, "whiteSpace") switch
            {
                "nowrap" => WhiteSpace.NoWrap,
                "pre" => WhiteSpace.Pre,
                "pre-wrap" => WhiteSpace.PreWrap,
                "pre-line" => WhiteSpace.PreLine,
                _ => WhiteSpace.Normal,
            },
            WordBreak = Str(s, "wordBreak") switch
            {
                "break-all" => WordBreak.BreakAll,
                "keep-all" => WordBreak.KeepAll,
                _ => WordBreak.Normal,
            },
            // CSS Text 3 §5.2: the legacy word-break: break-word is word-break: normal with
            // overflow-wrap: anywhere; that is how the Css stage hands it to Text.
            OverflowWrap = Str(s, "wordBreak") == "break-word" ? OverflowWrap.Anywhere : Str(s, "overflowWrap") switch
            {
                "break-word" => OverflowWrap.BreakWord,
                "anywhere" => OverflowWrap.Anywhere,
                _ => OverflowWrap.Normal,
            },
            TextAlign = Str(s, "textAlign") switch
            {
                "right" => TextAlign.Right,
                "center" => TextAlign.Center,
                "justify" => TextAlign.Justify,
                _ => TextAlign.Left,
            },
            Ellipsis = Bool(s, "ellipsis"),
            LineClamp = Int(s, "lineClamp", 0),
        };
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static int Int(JsonElement e, string name, int fallback) => e.TryGetProperty(name, out var v) ? v.GetInt32() : fallback;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.GetBoolean();
}
