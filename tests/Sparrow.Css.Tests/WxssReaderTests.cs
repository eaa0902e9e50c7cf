using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Css.Tests;

public class WxssReaderTests
{
    private static (StyleSheet Sheet, DiagnosticBag Bag) Read(string wxss, IWxssImportResolver? resolver = null, string path = "a.wxss")
    {
        var bag = new DiagnosticBag();
        return (WxssReader.Read(wxss, path, new AtomTable(), bag, resolver), bag);
    }

    private static string Decls(StyleRule r) => string.Join("; ", r.Declarations.Select(d => d.ToString()));

    [Fact]
    public void A_bad_declaration_drops_only_itself()
    {
        var (sheet, bag) = Read(".a { color: red; width: ; height: 10px 20px; *zoom: 1; margin-top: 2px }");
        Assert.Equal("color: rgb(255, 0, 0); margin-top: 2px", Decls(sheet.Rules.Single()));
        Assert.Equal(3, bag.Snapshot().Count);
        Assert.All(bag.Snapshot(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void A_bad_selector_drops_its_rule_and_parsing_goes_on()
    {
        var bag = new DiagnosticBag();
        var atoms = new AtomTable();
        var sheet = WxssReader.Read(".a:nope, .b { color: red } .c { color: blue }\n.d > { color: green }", "a.wxss", atoms, bag);
        Assert.Equal(atoms.Intern("c"), Assert.Single(sheet.Rules).Selectors[0].Subject[0].Name);
        var errors = bag.Snapshot().Where(d => d.Code == CssDiagnosticCodes.InvalidSelector).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Equal(new SourceLocation("a.wxss", 1, 1), errors[0].Location);
        Assert.Equal(2, errors[1].Location.Line);
    }

    [Fact]
    public void Important_is_read_and_removed_from_the_value()
    {
        var (sheet, _) = Read(".a { color: red ! important; width: 5px!important; height: 1px }");
        var d = sheet.Rules[0].Declarations;
        Assert.True(d[0].Important);
        Assert.True(d[1].Important);
        Assert.Equal("5px", d[1].Value.ToCss());
        Assert.False(d[2].Important);
    }

    [Fact]
    public void Unsupported_properties_are_listed_once_per_sheet()
    {
        var (sheet, bag) = Read(".a { zoom: 1; -webkit-tap-highlight-color: red } .b { zoom: 2 }");
        Assert.Equal(["-webkit-tap-highlight-color", "zoom"], sheet.UnsupportedProperties);
        Assert.Equal(2, bag.Snapshot().Count(d => d.Code == CssDiagnosticCodes.UnsupportedProperty));
    }

    [Fact]
    public void Webkit_aliases_map_to_standard_properties()
    {
        var (sheet, bag) = Read(".a { -webkit-transform: rotate(45deg); -webkit-flex: 1; -webkit-line-clamp: 2 }");
        Assert.Equal("transform: rotate(45deg); flex-grow: 1; flex-shrink: 1; flex-basis: 0%; -webkit-line-clamp: 2", Decls(sheet.Rules[0]));
        Assert.Empty(bag.Snapshot());
    }

    [Fact]
    public void Media_rules_carry_their_queries()
    {
        var (sheet, bag) = Read("@media (min-width: 400px) and (orientation: portrait) { .a { color: red } } @media screen and (prefers-color-scheme: dark) { .b { color: blue } }");
        Assert.Empty(bag.Snapshot());
        var narrow = new StyleEnvironment(375, 667);
        var wide = new StyleEnvironment(414, 896);
        Assert.False(sheet.Rules[0].Media[0].Matches(narrow));
        Assert.True(sheet.Rules[0].Media[0].Matches(wide));
        Assert.False(sheet.Rules[1].Media[0].Matches(wide));
        Assert.True(sheet.Rules[1].Media[0].Matches(wide with { ColorScheme = "dark" }));
    }

    [Theory]
    [InlineData("(width >= 375px)", true)]
    [InlineData("(width > 375px)", false)]
    [InlineData("(300px < width <= 375px)", false)]
    [InlineData("(max-height: 600px)", false)]
    [InlineData("not all and (orientation: landscape)", true)]
    [InlineData("print", false)]
    [InlineData("(min-width: 20em)", true)]
    [InlineData("(monochrome)", false)]
    public void Media_queries_evaluate_against_the_window(string query, bool matches)
    {
        var (sheet, _) = Read($"@media {query} {{ .a {{ color: red }} }}");
        Assert.Equal(matches, sheet.Rules[0].Media[0].Matches(new StyleEnvironment(375, 667)));
    }

    [Fact]
    public void Imports_are_inlined_in_place_a_repeated_file_keeps_its_last_place_and_cycles_end()
    {
        var files = new Dictionary<string, string>
        {
            ["pages/common.wxss"] = "@import \"../base.wxss\"; .common { color: red }",
            ["base.wxss"] = "@import '/pages/common.wxss'; .base { color: blue }",
        };
        var (sheet, bag) = Read("@import \"common.wxss\"; @import url(\"../base.wxss\"); .page { color: green }", new DictionaryResolver(files), "pages/index.wxss");
        // Two cycles are cut: common → base → common, and (second import of base) base → common → base.
        Assert.Equal([CssDiagnosticCodes.ImportNotFound, CssDiagnosticCodes.ImportNotFound], bag.Snapshot().Select(d => d.Code));
        Assert.Equal([".common", ".base", ".page"], sheet.Rules.Select(r => r.SelectorText));
        Assert.Equal([0, 1, 2], sheet.Rules.Select(r => r.Order));
        Assert.Equal(["base.wxss", "pages/common.wxss"], sheet.Imports);
    }

    [Fact]
    public void A_missing_import_is_an_error_and_the_rest_is_kept()
    {
        var (sheet, bag) = Read("@import 'nope.wxss'; .a { color: red }", new DictionaryResolver([]));
        Assert.Single(sheet.Rules);
        Assert.Equal(CssDiagnosticCodes.ImportNotFound, Assert.Single(bag.Snapshot()).Code);
    }

    [Fact]
    public void Keyframes_and_font_faces_are_kept()
    {
        var (sheet, bag) = Read("@keyframes spin { from { transform: rotate(0deg) } 50%, 75% { opacity: .5 } to { transform: rotate(360deg) } } @font-face { font-family: 'x'; src: url(a.ttf) }");
        Assert.Empty(bag.Snapshot());
        var k = Assert.Single(sheet.Keyframes);
        Assert.Equal("spin", k.Name);
        Assert.Equal([0f, 0.5f, 0.75f, 1f], k.Frames.SelectMany(f => f.Offsets));
        Assert.Equal("url(a.ttf)", Assert.Single(sheet.FontFaces).Descriptors["src"]);
    }

    [Fact]
    public void Unclosed_blocks_close_at_end_of_file()
    {
        var (sheet, _) = Read(".a { color: red; .b { color: blue");
        Assert.Single(sheet.Rules);
        var (sheet2, bag2) = Read(".a { color: red } .b");
        Assert.Single(sheet2.Rules);
        Assert.Single(bag2.Snapshot());
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var rng = new System.Random(3);
        const string alphabet = ".a{}:;#()[]@media import'\"!,>+~*=-1rpx%/\\ \n";
        for (var i = 0; i < 3000; i++)
        {
            var text = new string(Enumerable.Range(0, rng.Next(60)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
            Read(text, new DictionaryResolver(new() { ["a.wxss"] = text }));
        }
    }
}
