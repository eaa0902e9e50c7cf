using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Input;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// The <c>input</c> and <c>textarea</c> built-ins through the whole engine (tests/data/components-input):
/// a tap focuses, text and keys go through <see cref="HeadlessSession.TypeText"/> /
/// <see cref="HeadlessSession.PressKey"/> to the base-library component, whose events reach the page's
/// handlers (logged to <c>globalThis.__events</c>); and the <c>type</c>, <c>key</c> and <c>back</c> script actions.
/// </summary>
public sealed class TextInputTests
{
    private static readonly Color Caret = new(0x1a, 0xad, 0x19, 0xff);

    [Fact]
    public void A_tap_focuses_typing_fires_input_and_enter_confirms_then_blurs()
    {
        var diagnostics = new DiagnosticBag();
        using var session = PackageSessions.Start("components-input", diagnostics);
        Tap(session, "#name");
        Assert.Equal(session.FindElement("#name"), session.FocusedInput);
        Assert.True(session.TypeText("Ann"));
        Assert.Equal(3, session.InputCaret);
        Assert.True(session.PressKey("Backspace"));
        Assert.True(session.PressKey("Enter"));
        session.Settle();
        Assert.Equal(-1, session.FocusedInput);
        Assert.Equal(
            ["focus #name ", "input #name Ann 3 110", "input #name An 2 8", "confirm #name An", "blur #name An 2"],
            PackageSessions.Events(session));
        Assert.Equal("An", Value(session, "#name"));
        Assert.Equal(["focus", "input", "input", "confirm", "blur"], session.ComponentEvents.Select(e => e.Type).ToArray());
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_tap_elsewhere_blurs_and_a_disabled_input_takes_no_focus()
    {
        using var session = PackageSessions.Start("components-input", new DiagnosticBag());
        Tap(session, "#name");
        Tap(session, "#elsewhere");
        Assert.Equal(-1, session.FocusedInput);
        Tap(session, "#off");
        Assert.Equal(-1, session.FocusedInput);
        Assert.False(session.TypeText("x"));
        Assert.Equal(["focus #name ", "blur #name  0"], PackageSessions.Events(session));
    }

    [Fact]
    public void Type_and_maxlength_filter_what_is_typed()
    {
        using var session = PackageSessions.Start("components-input", new DiagnosticBag());
        Tap(session, "#pin");
        session.TypeText("12a345");
        Tap(session, "#id");
        session.TypeText("11010x");
        Tap(session, "#price");
        session.TypeText("1.5kg");
        session.Settle();
        Assert.Equal("1234", Value(session, "#pin"));
        Assert.Equal("11010X", Value(session, "#id"));
        Assert.Equal("1.5", Value(session, "#price"));
        Assert.Contains("input #pin 1234 4 53", PackageSessions.Events(session));
    }

    [Fact]
    public void A_string_returned_by_bindinput_replaces_the_value()
    {
        using var session = PackageSessions.Start("components-input", new DiagnosticBag());
        Tap(session, "#upper");
        session.TypeText("abc");
        session.TypeText("d");
        session.Settle();
        Assert.Equal("ABCD", Value(session, "#upper"));
        Assert.Equal(["input #upper abc", "input #upper ABCd"], PackageSessions.Events(session));
    }

    [Fact]
    public void Enter_in_a_textarea_is_a_line_break()
    {
        using var session = PackageSessions.Start("components-input", new DiagnosticBag());
        Tap(session, "#notes");
        session.TypeText("a");
        session.PressKey("Enter");
        session.TypeText("b");
        session.Settle();
        Assert.Equal("a\nb", Value(session, "#notes"));
        Assert.Equal(session.FindElement("#notes"), session.FocusedInput);
    }

    [Fact]
    public void Auto_focus_focuses_the_field_when_its_page_opens()
    {
        using var session = PackageSessions.Start("components-input", new DiagnosticBag());
        PackageSessions.OnPage(session, "wx.navigateTo({ url: '/pages/second/index' })");
        session.RenderFrame(capture: false);
        Assert.Equal(session.FindElement("#auto"), session.FocusedInput);
        Assert.Contains("focus #auto ready", PackageSessions.Events(session));
    }

    [EglFact]
    public void The_caret_is_drawn_while_focused_and_gone_after_blur()
    {
        using var session = PackageSessions.Start("components-input", new DiagnosticBag(), draw: true);
        var box = session.ClientBoxOf(session.FindElement("#name"))!.Value;
        Tap(session, "#name");
        session.TypeText("Ann");
        session.RenderFrame(capture: true);
        var focused = CountNear(session, Caret, box);
        Assert.InRange(focused, 8, 400); // a 2 px bar, about 19 px high, at ratio 2
        session.BlurInput();
        session.RenderFrame(capture: true);
        Assert.Equal(0, CountNear(session, Caret, box));
    }

    [Fact]
    public void The_todo_script_types_an_item_confirms_it_and_goes_back()
    {
        var diagnostics = new DiagnosticBag();
        using var session = InputPackages.Todo(diagnostics);
        var script = System.IO.File.ReadAllBytes(RepoPaths.Of("samples", "todo", "type-script.json"));
        var actions = InputScriptReader.Read("type-script.json", script, diagnostics);
        var frames = 0;
        InputScriptRunner.Run(session, actions, _ => frames++, diagnostics);
        session.Settle();
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(3, frames);
        Assert.Equal("pages/index/index", Route(session));
        var tree = session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("__sparrowHost.dumpTree()", "test:tree").ConfigureAwait(false)).Value.Text ?? string.Empty);
        Assert.Contains("Buy stamps", tree, StringComparison.Ordinal);
        Assert.Contains(session.ComponentEvents, e => e.Type == "confirm");
    }

    [Fact]
    public void Placeholder_class_styles_the_placeholder_from_the_page_and_leaving_the_page_ends_focus()
    {
        using var session = InputPackages.Todo(new DiagnosticBag());
        Play(session, """[{"tap": "#add"}, {"wait": "100ms"}, {"tap": "#new-title"}]""");
        var placeholder = session.FindElement("#new-title .wx-input-placeholder");
        Assert.True(placeholder >= 0);
        Assert.Equal(new Color(0x9c, 0xa3, 0xaf, 0xff), session.CurrentPage!.Cascade.Styles.Get(Sparrow.Css.CssProperties.ColorProperty, placeholder).Color);
        Assert.True(session.FocusedInput >= 0);
        Play(session, """[{"back": true}, {"wait": "100ms"}]""");
        Assert.Equal(-1, session.FocusedInput);
        Assert.Contains(session.ComponentEvents, e => e.Type == "blur");
    }

    [Fact]
    public void The_back_action_works_with_the_shell_off()
    {
        var diagnostics = new DiagnosticBag();
        using var session = InputPackages.Todo(diagnostics);
        Play(session, """[{"tap": "#add"}, {"wait": "100ms"}]""");
        Assert.Equal("pages/add/add", Route(session));
        Play(session, """[{"back": true}, {"wait": "100ms"}]""");
        Assert.Equal("pages/index/index", Route(session));
    }

    [Theory]
    [InlineData("""[{"type": 5}]""", "'type' takes the text")]
    [InlineData("""[{"key": "Tab"}]""", "'key' takes \"Enter\" or \"Backspace\"")]
    [InlineData("""[{"back": 1}]""", "'back' takes true")]
    [InlineData("""[{"tap": "#a", "target": "#b"}]""", "'target' goes only with 'type'")]
    public void Bad_type_key_and_back_actions_are_diagnostics_at_their_line(string script, string message)
    {
        var diagnostics = new DiagnosticBag();
        var actions = InputScriptReader.Read("input.json", System.Text.Encoding.UTF8.GetBytes(script), diagnostics);
        Assert.Empty(actions);
        var d = Assert.Single(diagnostics.Snapshot());
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        Assert.Equal(1, d.Location.Line);
    }

    [Fact]
    public void Typing_with_nothing_focused_is_a_diagnostic_when_played()
    {
        var diagnostics = new DiagnosticBag();
        using var session = PackageSessions.Start("components-input", new DiagnosticBag());
        var actions = InputScriptReader.Read("input.json", """[{"type": "x"}, {"type": "y", "target": "#elsewhere"}]"""u8.ToArray(), diagnostics);
        Assert.Equal(2, actions.Count);
        InputScriptRunner.Run(session, actions, _ => { }, diagnostics);
        Assert.Equal(2, diagnostics.Snapshot().Count(d => d.Message.Contains("no input has focus", StringComparison.Ordinal)));
    }

    private static void Tap(HeadlessSession session, string selector)
    {
        var box = session.ClientBoxOf(session.FindElement(selector))!.Value;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        session.PointerDown(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(50));
        session.PointerUp(0, x, y);
        session.Settle();
    }

    private static void Play(HeadlessSession session, string script)
    {
        var diagnostics = new DiagnosticBag();
        var actions = InputScriptReader.Read("test.json", System.Text.Encoding.UTF8.GetBytes(script), diagnostics);
        InputScriptRunner.Run(session, actions, _ => { }, diagnostics);
        session.Settle();
        Assert.Empty(diagnostics.Snapshot());
    }

    private static string Route(HeadlessSession session) =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(session.OnLogicThread(async runtime =>
            (await runtime.Js.EvaluateAsync("__sparrowHost.currentRoutes()", "test:routes").ConfigureAwait(false)).Value.Text ?? "[]"))![^1];

    /// <summary>The field's value as the render side holds it (the attribute the component reflects).</summary>
    private static string? Value(HeadlessSession session, string selector)
    {
        var store = session.CurrentPage!.Store;
        Assert.True(store.Atoms.TryGet("value", out var atom));
        return store.GetAttribute(session.FindElement(selector), atom);
    }

    private static int CountNear(HeadlessSession session, Color color, Rect box)
    {
        var image = session.LastPixels!;
        var count = 0;
        for (var y = (int)(box.Y * 2); y < (int)((box.Y + box.Height) * 2); y++)
        {
            for (var x = (int)(box.X * 2); x < (int)((box.X + box.Width) * 2); x++)
            {
                var i = ((y * image.Width) + x) * 4;
                var p = image.Pixels;
                if (Math.Abs(p[i] - color.R) <= 24 && Math.Abs(p[i + 1] - color.G) <= 24 && Math.Abs(p[i + 2] - color.B) <= 24)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
