using System;
using System.IO;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Text.Tests;

public sealed class FontSystemTests
{
    private const string DejaVuPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void A_named_installed_family_is_the_primary_face()
    {
        using var fonts = new FontSystem();
        var primary = fonts.PrimaryFace(FontQuery.Of("DejaVu Sans"));
        Assert.Equal("DejaVu Sans", primary.Face.Family);
        Assert.False(primary.SyntheticBold);
    }

    [Fact]
    public void Chinese_falls_back_from_a_latin_family_to_Noto_Sans_CJK_SC()
    {
        using var fonts = new FontSystem();
        var chain = fonts.GetChain(FontQuery.Of("DejaVu Sans"), ScriptClass.Han);
        var match = chain.FindFor([0x4E2D], EmojiPresentation.Default);
        Assert.NotNull(match);
        Assert.Equal("Noto Sans CJK SC", match.Value.Face.Family);
    }

    [Fact]
    public void Latin_and_digits_stay_on_the_first_family_that_has_them()
    {
        using var fonts = new FontSystem();
        var chain = fonts.GetChain(FontQuery.Of("DejaVu Sans"), ScriptClass.Latin);
        Assert.Equal("DejaVu Sans", chain.FindFor(['7'], EmojiPresentation.Default)!.Value.Face.Family);
        Assert.Equal("DejaVu Sans", chain.FindFor(['é'], EmojiPresentation.Default)!.Value.Face.Family);
    }

    [Fact]
    public void Generic_sans_serif_resolves_for_chinese_content()
    {
        // What Chromium does for a zh-CN page on this machine: sans-serif is Noto Sans CJK SC.
        using var fonts = new FontSystem();
        Assert.Equal("Noto Sans CJK SC", fonts.PrimaryFace(FontQuery.Of("sans-serif")).Face.Family);
    }

    [Fact]
    public void An_unknown_family_falls_through_to_the_next()
    {
        using var fonts = new FontSystem();
        Assert.Equal("DejaVu Sans", fonts.PrimaryFace(FontQuery.Of("No Such Font", "DejaVu Sans")).Face.Family);
    }

    [Fact]
    public void Bold_and_italic_are_synthesised_when_the_family_lacks_them()
    {
        using var fonts = new FontSystem();
        var data = File.ReadAllBytes(DejaVuPath);
        Assert.NotNull(fonts.RegisterFontData("Only Regular", data, 400, false, SourceLocation.InFile("fonts/r.ttf")));
        var match = fonts.PrimaryFace(new FontQuery(["Only Regular"], 700, true));
        Assert.True(match.SyntheticBold);
        Assert.True(match.SyntheticOblique);
        Assert.False(fonts.PrimaryFace(FontQuery.Of("Only Regular")).SyntheticBold);
    }

    [Fact]
    public void A_real_bold_face_needs_no_synthesis()
    {
        using var fonts = new FontSystem();
        var match = fonts.PrimaryFace(new FontQuery(["DejaVu Sans"], 700, false));
        Assert.Equal(700, match.Face.Weight);
        Assert.False(match.SyntheticBold);
    }

    [Fact]
    public void A_registered_font_face_is_used_before_system_fonts()
    {
        using var fonts = new FontSystem();
        var face = fonts.RegisterFontData("Brand", File.ReadAllBytes(DejaVuPath), 400, false, SourceLocation.InFile("fonts/brand.ttf"));
        var match = fonts.PrimaryFace(FontQuery.Of("Brand", "Noto Sans CJK SC"));
        Assert.Same(face, match.Face);
    }

    [Fact]
    public void A_missing_font_file_is_a_diagnostic_and_text_falls_back()
    {
        var sink = new RecordingSink();
        using var fonts = new FontSystem(sink);
        Assert.Null(fonts.RegisterFontFile("Gone", "/nonexistent/gone.ttf", 400, false));
        Assert.True(sink.Has(TextDiagnosticCodes.FontFileMissing));
        var measurer = new TextMeasurer(fonts, sink);
        var m = measurer.Measure("still renders", new TextStyle { Font = FontQuery.Of("Gone", "DejaVu Sans") }, 300);
        Assert.Equal(1, m.LineCount);
        Assert.True(m.Width > 0);
    }

    [Fact]
    public void Corrupt_font_data_is_a_diagnostic_and_text_falls_back()
    {
        var sink = new RecordingSink();
        using var fonts = new FontSystem(sink);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        Assert.Null(fonts.RegisterFontData("Broken", garbage, 400, false, SourceLocation.InFile("fonts/broken.ttf")));
        Assert.Null(fonts.RegisterFontData("Empty", [], 400, false, SourceLocation.InFile("fonts/empty.ttf")));
        Assert.Equal(2, sink.Items.Count);
        Assert.All(sink.Items, d => Assert.Equal(TextDiagnosticCodes.FontDataCorrupt, d.Code));
        Assert.Equal("fonts/broken.ttf", sink.Items[0].Location.File);
        Assert.Equal("DejaVu Sans", fonts.PrimaryFace(FontQuery.Of("Broken", "DejaVu Sans")).Face.Family);
    }

    [Fact]
    public void A_corrupt_font_file_on_disk_is_a_diagnostic()
    {
        var sink = new RecordingSink();
        string path = Path.Combine(Path.GetTempPath(), $"sparrow-corrupt-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "this is not a font");
        try
        {
            using var fonts = new FontSystem(sink);
            Assert.Null(fonts.RegisterFontFile("Corrupt", path, 400, false));
            Assert.True(sink.Has(TextDiagnosticCodes.FontDataCorrupt));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
