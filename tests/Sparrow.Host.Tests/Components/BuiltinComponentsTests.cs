using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Host.Tests.Components;

/// <summary>
/// navigator, text decode/space, rich-text and the swiper's indicator dots on a real page
/// (tests/data/components-builtins): scripted taps change the route, the text and element trees are
/// what WeChat shows, the dots' pixels follow the current item.
/// </summary>
public sealed class BuiltinComponentsTests
{
    private static readonly Color Red = new(0xff, 0, 0, 0xff);
    private static readonly Color Blue = new(0, 0, 0xff, 0xff);

    [Fact]
    public void Tapping_a_navigator_navigates_and_its_back_navigator_returns()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        BuiltinsPackage.Tap(session, "#nav");
        Assert.Equal("pages/next/index", session.CurrentRoute);
        Assert.Contains("next from=navigate depth=2", BuiltinsPackage.Events(session));

        BuiltinsPackage.Tap(session, "#back");
        Assert.Equal("pages/index/index", session.CurrentRoute);
        Assert.DoesNotContain(diagnostics.Snapshot(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_redirect_navigator_replaces_the_page_with_a_relative_url()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        BuiltinsPackage.Tap(session, "#redir");
        Assert.Equal("pages/next/index", session.CurrentRoute);
        Assert.Contains("next from=redirect depth=1", BuiltinsPackage.Events(session));
    }

    [Fact]
    public void Text_decode_turns_entities_into_characters_and_narrows_the_text()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        Assert.Equal("a&lt;b&amp;c", BuiltinsPackage.TextOf(session, "#w-raw"));
        Assert.Equal("a<b&c", BuiltinsPackage.TextOf(session, "#w-dec"));
        var raw = session.ClientBoxOf(session.FindElement("#w-raw"))!.Value.Width;
        var decoded = session.ClientBoxOf(session.FindElement("#w-dec"))!.Value.Width;
        Assert.True(decoded < raw - 20, $"decoded {decoded} px, raw {raw} px");
    }

    [Fact]
    public void Text_space_widens_each_space_to_the_asked_character()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        Assert.Equal("a\u2003\u2003b", BuiltinsPackage.TextOf(session, "#w-emsp"));
        Assert.Equal("a\u2002\u2002b", BuiltinsPackage.TextOf(session, "#w-ensp"));
        var plain = session.ClientBoxOf(session.FindElement("#w-plain"))!.Value.Width;
        var ensp = session.ClientBoxOf(session.FindElement("#w-ensp"))!.Value.Width;
        var emsp = session.ClientBoxOf(session.FindElement("#w-emsp"))!.Value.Width;

        // An em space is the font size (16 px), an en space half of it (8 px): each of the two spaces adds 8 px more; a plain space is narrower.
        Assert.Equal(8, (emsp - ensp) / 2, 1.0);
        Assert.True(ensp > plain, $"ensp {ensp} px, plain {plain} px");
    }

    [Fact]
    public void Rich_text_from_a_string_becomes_real_elements_and_drops_unknown_tags_keeping_their_text()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        var tree = BuiltinsPackage.Outline(session, "#rs");
        Assert.Equal("rich-text[div[h1['Title'] p['One ' b['bold'] ' word'] 'kept text' image]]", tree);

        // Laid out as blocks: the h1 (2em) above the paragraph, both inside the rich-text.
        var store = session.CurrentPage!.Store;
        var h1 = BuiltinsPackage.Find(store, session.FindElement("#rs"), "h1");
        var p = BuiltinsPackage.Find(store, session.FindElement("#rs"), "p");
        var h1Box = session.ClientBoxOf(h1)!.Value;
        var pBox = session.ClientBoxOf(p)!.Value;
        Assert.True(pBox.Y >= h1Box.Y + h1Box.Height, $"p at {pBox.Y}, h1 ends at {h1Box.Y + h1Box.Height}");
        Assert.True(h1Box.Height >= 32, $"h1 is {h1Box.Height} px tall");
    }

    [Fact]
    public void Rich_text_from_the_array_form_keeps_styles_and_applies_space()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        Assert.Equal("rich-text[section['in\u00a0a\u00a0\u00a0section' span['span']]]", BuiltinsPackage.Outline(session, "#ra"));
        var store = session.CurrentPage!.Store;
        var section = BuiltinsPackage.Find(store, session.FindElement("#ra"), "section");
        Assert.Contains("color: red", store.InlineStyle(section) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Swiper_dots_are_drawn_in_their_colors_and_follow_the_current_item()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics, draw: true);

        // Three 8 px dots 8 px apart, centred, 10 px above the bottom of the 150 px swiper.
        Assert.Equal(Red, ComponentPackage.PixelAt(session, 171.5f, 136));
        Assert.Equal(Blue, ComponentPackage.PixelAt(session, 187.5f, 136));
        Assert.Equal(Blue, ComponentPackage.PixelAt(session, 203.5f, 136));
        Assert.NotEqual(Blue, ComponentPackage.PixelAt(session, 179.5f, 136)); // the gap between dots

        ComponentPackage.Drag(session, 300, 60, 60, 60);
        session.Wait(TimeSpan.FromMilliseconds(600));
        session.RenderFrame(capture: true);
        Assert.Contains("change dots 1 touch", BuiltinsPackage.Events(session));
        Assert.Equal(Blue, ComponentPackage.PixelAt(session, 171.5f, 136));
        Assert.Equal(Red, ComponentPackage.PixelAt(session, 187.5f, 136));

        // current from the logic side moves the dot too.
        PackageSessions.OnPage(session, "p.goTo(2)");
        session.Wait(TimeSpan.FromMilliseconds(600));
        session.RenderFrame(capture: true);
        Assert.Equal(Red, ComponentPackage.PixelAt(session, 203.5f, 136));
        Assert.Equal(Blue, ComponentPackage.PixelAt(session, 187.5f, 136));
    }
}
