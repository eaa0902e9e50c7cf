using System.Linq;
using System.Text;
using Sparrow.Core;
using Sparrow.Host.Input;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>docs/input-script.md's format: every action form, and errors at the action's line and column.</summary>
public sealed class InputScriptReaderTests
{
    [Fact]
    public void Every_action_form_reads_with_its_defaults_and_options()
    {
        var actions = Read("""
            [
              {"tap": [10, 20]},
              {"tap": {"x": 1.5, "y": 2, "duration": 80}},
              {"longpress": "view.item #a", "at": "1.5s"},
              {"swipe": {"from": "#a", "to": {"selector": ".b", "index": 3}, "duration": "200ms", "steps": 4}},
              {"down": [1, 1], "finger": 2}, {"move": [5, 5], "finger": 2}, {"up": [5, 5], "finger": 2},
              {"cancel": 1},
              {"wait": "250ms"},
              {"frame": "after"}, {"frame": true},
              {"scroll": {"y": 300}}, {"scroll": 12.5},
            ]
            """, out var diagnostics);
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(13, actions.Count);
        Assert.Equal((InputActionKind.Tap, 50d, 10f, 20f), (actions[0].Kind, actions[0].DurationMs, actions[0].Target!.X, actions[0].Target!.Y));
        Assert.Equal(80, actions[1].DurationMs);
        Assert.Equal((InputActionKind.LongPress, 500d, (double?)1500, "view.item #a"), (actions[2].Kind, actions[2].DurationMs, actions[2].AtMs, actions[2].Target!.Selector));
        Assert.Equal((200d, 4, "#a", ".b", 3), (actions[3].DurationMs, actions[3].Steps, actions[3].Target!.Selector, actions[3].To!.Selector, actions[3].To!.Index));
        Assert.All(actions.Skip(4).Take(3), a => Assert.Equal(2, a.Finger));
        Assert.Equal(1, actions[7].Finger);
        Assert.Equal(250, actions[8].DurationMs);
        Assert.Equal(["after", null], actions.Where(a => a.Kind == InputActionKind.Frame).Select(a => a.Name));
        Assert.Equal([300f, 12.5f], actions.Where(a => a.Kind == InputActionKind.Scroll).Select(a => a.ScrollY));
    }

    [Theory]
    [InlineData("""{"tapp": [1, 2]}""", "unknown action 'tapp'")]
    [InlineData("""{"tap": [1, 2], "wait": "1s"}""", "one action per line: 'tap' and 'wait'")]
    [InlineData("""{"at": "1s"}""", "the action names none of")]
    [InlineData("""{"wait": "soon"}""", "'wait' takes a time")]
    [InlineData("""{"tap": [1]}""", "a target is [x, y]")]
    [InlineData("""{"tap": "div > p"}""", "'div > p' is not a selector")]
    [InlineData("""{"swipe": {"from": [1, 1]}}""", "a swipe is")]
    [InlineData("""{"tap": [1, 1], "at": -5}""", "'at' must be a time")]
    [InlineData("""{"swipe": {"from": [1, 1], "to": [2, 2], "steps": 0}}""", "'steps' must be")]
    [InlineData("""[1, 2]""", "an action is a JSON object")]
    public void A_bad_action_is_one_error_at_its_line_and_column_and_the_next_still_reads(string bad, string message)
    {
        var actions = Read("[\n  {\"wait\": 1},\n    " + bad + ",\n  {\"frame\": true}\n]", out var diagnostics);
        var error = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(HostDiagnosticCodes.BadInputAction, error.Code);
        Assert.Equal(new SourceLocation("s.json", 3, 5), error.Location);
        Assert.Contains(message, error.Message, System.StringComparison.Ordinal);
        Assert.Equal([InputActionKind.Wait, InputActionKind.Frame], actions.Select(a => a.Kind));
    }

    [Fact]
    public void Malformed_json_and_a_non_array_are_located()
    {
        Read("[\n  {\"tap\": [1, 2]\n]", out var diagnostics);
        Assert.Equal(new SourceLocation("s.json", 3, 1), Assert.Single(diagnostics.Snapshot()).Location);
        Read("\n  {\"tap\": [1, 2]}", out diagnostics);
        var error = Assert.Single(diagnostics.Snapshot());
        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
        Assert.Contains("JSON array", error.Message, System.StringComparison.Ordinal);
    }

    private static System.Collections.Generic.IReadOnlyList<InputAction> Read(string text, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return InputScriptReader.Read("s.json", Encoding.UTF8.GetBytes(text), diagnostics);
    }
}
