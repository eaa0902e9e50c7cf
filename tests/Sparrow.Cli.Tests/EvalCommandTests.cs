using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary>The command line handled in process (fast); the AOT binary is covered by <see cref="AotCliTests"/>.</summary>
public class EvalCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("eval")]
    [InlineData("eval|1|2")]
    [InlineData("eval|1|--file|x.js")]
    [InlineData("eval|1|--timeout|soon")]
    [InlineData("frobnicate")]
    public async Task Bad_usage_exits_with_2(string commandLine)
    {
        var (code, _, _) = await Run(commandLine.Length == 0 ? [] : commandLine.Split('|'));
        Assert.Equal(2, code);
    }

    [Fact]
    public async Task A_missing_file_is_a_diagnostic()
    {
        var (code, _, error) = await Run("eval", "--file", "/no/such/file.js");
        Assert.Equal(1, code);
        Assert.Contains("error SP1002: no such file", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uncaught_exception_prints_a_located_diagnostic_with_the_stack()
    {
        var (code, _, error) = await Run("eval", "function boom() { throw new RangeError('too far'); }\nboom()");
        Assert.Equal(1, code);
        Assert.StartsWith("<eval>:1:19: error SP2002: RangeError: too far", error, System.StringComparison.Ordinal);
        Assert.Contains("at boom (<eval>:1:25)", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_in_a_timer_fails_the_run_even_though_the_script_completed()
    {
        var (code, output, error) = await Run("eval", "setTimeout(() => { throw new Error('later'); }, 5); 'started'", "--virtual-time");
        Assert.Equal(1, code);
        Assert.Equal("started\n", output);
        Assert.Contains("Error: later", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_output_goes_to_stdout_and_warnings_to_stderr()
    {
        var (code, output, error) = await Run("eval", "console.log('out'); console.warn('warn'); 7");
        Assert.Equal(0, code);
        Assert.Equal("out\n7\n", output);
        Assert.Equal("warn\n", error);
    }
}
