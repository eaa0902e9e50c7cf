using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary><c>sparrow run --script</c> on samples/todo: the script's taps reach the page, its frames and events are written.</summary>
public class RunScriptTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Todo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "samples", "todo");
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"sparrow-run-script-{name}-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_sample_script_taps_clears_and_long_presses_and_the_trace_lists_every_event()
    {
        var todo = Todo();
        var outDir = Temp("out");
        var (code, output, error) = await Run("run", todo, "--script", Path.Combine(todo, "script.json"), "--frames", "1", "--out", outDir);
        Assert.True(code == 0, error + output);

        using var trace = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "trace.json")));
        var events = trace.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("type").GetString()} {e.GetProperty("target").GetString()}")
            .ToArray();
        Assert.Equal(
            [
                "touchstart item-1", "touchend item-1", "tap item-1",
                "touchstart item-3", "touchend item-3", "tap item-3",
                "touchstart clear", "touchend clear", "tap clear",
                "touchstart item-2", "longpress item-2",
            ],
            events[..^1]);

        // The longpress removed item-2 from the page; its touchend still goes to it (or nowhere, once
        // the node is released), and no tap follows a handled longpress.
        Assert.StartsWith("touchend", events[^1], StringComparison.Ordinal);
        var delivered = trace.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("delivered").GetBoolean()).ToArray();
        Assert.All(delivered[..^1], Assert.True);

        // The clear tap waited for "at": 400 ms after the script started.
        var times = trace.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("timeMs").GetDouble()).ToArray();
        Assert.Equal(400, times[6] - times[0], 3);

        var frames = trace.RootElement.GetProperty("frames").EnumerateArray().ToArray();
        Assert.Equal(4, frames.Length); // frame 0 (--frames 1), then the script's three
        Assert.Equal(["two-done", "cleared", "removed"], frames.Where(f => f.TryGetProperty("name", out _)).Select(f => f.GetProperty("name").GetString()));
        if (!output.Contains("no frames drawn", StringComparison.Ordinal))
        {
            Assert.True(File.Exists(Path.Combine(outDir, "frame-0003.png")));
        }
    }

    [Fact]
    public async Task A_bad_action_is_reported_at_its_line_and_column_and_the_rest_still_plays()
    {
        var script = Temp("script") + ".json";
        File.WriteAllText(script, "[\n  {\"tap\": \"#item-1\"},\n  {\"tapp\": [10, 10]},\n    {\"swipe\": {\"from\": [10, 10]}},\n  {\"tap\": \"#nothing-here\"}\n]\n");
        var outDir = Temp("bad");
        var (code, _, error) = await Run("run", Todo(), "--script", script, "--frames", "1", "--out", outDir);
        Assert.Equal(1, code);
        Assert.Contains($"{script}:3:3: error SP1103: unknown action 'tapp'", error, StringComparison.Ordinal);
        Assert.Contains($"{script}:4:5: error SP1103: a swipe is", error, StringComparison.Ordinal);
        Assert.Contains($"{script}:5:3: error SP1103: no element on the page matches '#nothing-here'", error, StringComparison.Ordinal);

        using var trace = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "trace.json")));
        Assert.Contains(trace.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "tap" && e.GetProperty("target").GetString() == "item-1");
    }

    [Fact]
    public async Task A_long_script_shows_its_progress_on_stderr()
    {
        var script = Temp("long") + ".json";
        File.WriteAllText(script, "[" + string.Join(",", Enumerable.Repeat("{\"frame\": true}", 25)) + "]");
        var outDir = Temp("long-out");

        var (code, _, error) = await Run("run", Todo(), "--script", script, "--frames", "1", "--out", outDir);

        Assert.Equal(0, code);
        Assert.Contains("sparrow: script frame 10/25 (line 1)", error, StringComparison.Ordinal);
        Assert.Contains("sparrow: script frame 20/25", error, StringComparison.Ordinal);
        Assert.Equal(26, Directory.GetFiles(outDir, "frame-*.png").Length);
    }

    [Fact]
    public async Task Malformed_json_and_a_missing_script_fail_with_a_location()
    {
        var script = Temp("broken") + ".json";
        File.WriteAllText(script, "[\n  {\"tap\": [1, 2]\n]\n");
        var (code, _, error) = await Run("run", Todo(), "--script", script, "--frames", "1", "--out", Temp("broken-out"));
        Assert.Equal(1, code);
        Assert.Contains($"{script}:3:1: error SP1103: the input script is not valid JSON", error, StringComparison.Ordinal);

        (code, _, error) = await Run("run", Todo(), "--script", "/no/such/script.json", "--frames", "1", "--out", Temp("missing-out"));
        Assert.Equal(1, code);
        Assert.Contains("/no/such/script.json: error SP1002", error, StringComparison.Ordinal);
    }
}
