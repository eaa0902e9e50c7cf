using System;
using System.IO;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary>The published native-AOT binary, run as a user runs it.</summary>
public class AotCliTests : IClassFixture<AotBinary>
{
    private readonly AotBinary _aot;

    public AotCliTests(AotBinary aot)
    {
        _aot = aot;
    }

    [Fact]
    public void The_aot_publish_produced_no_warnings()
    {
        Assert.Equal(0, _aot.PublishExitCode);
        Assert.True(File.Exists(_aot.BinaryPath), "the AOT binary is missing: " + _aot.BinaryPath);
        Assert.True(_aot.PublishWarnings.Length == 0, "AOT/trim warnings:\n" + string.Join('\n', _aot.PublishWarnings));
    }

    [Fact]
    public void Version_names_the_engine_v8_and_native_aot()
    {
        var (code, output, _, _) = _aot.Sparrow("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("sparrow 0.1.0", output, StringComparison.Ordinal);
        Assert.Contains("V8 10.2", output, StringComparison.Ordinal);
        Assert.Contains("(native AOT)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_prints_the_value()
    {
        var (code, output, error, _) = _aot.Sparrow("eval", "1+2");
        Assert.Equal(0, code);
        Assert.Equal("3\n", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void An_endless_loop_ends_with_a_watchdog_diagnostic_and_a_failing_exit_code()
    {
        var (code, _, error, elapsed) = _aot.Sparrow("eval", "while(true){}", "--timeout", "1000");
        Assert.Equal(1, code);
        Assert.Contains("error SP2003", error, StringComparison.Ordinal);
        Assert.Contains("watchdog", error, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"took {elapsed}");
    }

    [Fact]
    public void The_default_watchdog_limit_ends_an_endless_loop_within_a_few_seconds()
    {
        var (code, _, error, elapsed) = _aot.Sparrow("eval", "while(true){}");
        Assert.Equal(1, code);
        Assert.Contains("5000 ms", error, StringComparison.Ordinal);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void A_syntax_error_prints_file_line_column_and_a_caret()
    {
        var (code, _, error, _) = _aot.Sparrow("eval", "let a = ;");
        Assert.Equal(1, code);
        Assert.StartsWith("<eval>:1:9: error SP2001: SyntaxError: Unexpected token ';'", error, StringComparison.Ordinal);
        Assert.Contains("            ^", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_file_runs_the_hello_sample_to_completion()
    {
        var (code, output, error, _) = _aot.Sparrow("eval", "--file", Path.Combine(AotBinary.RepoRoot, "samples", "hello", "main.js"));
        Assert.True(code == 0, error);
        Assert.Contains("你好, Sparrow! Hello from Sparrow.", output, StringComparison.Ordinal);
        Assert.Contains("fib(30) = 832040", output, StringComparison.Ordinal);
        Assert.Contains("promise chain: [ 2, 4, 6 ]", output, StringComparison.Ordinal);
        Assert.Contains("tick 3", output, StringComparison.Ordinal);
        Assert.Contains("done after 3 ticks", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }
}
