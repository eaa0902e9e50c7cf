using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

public class CheckCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Package(string appJson)
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        File.WriteAllText(Path.Combine(root, "app.json"), appJson);
        File.WriteAllText(Path.Combine(root, "app.js"), "App({})");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), "Page({})");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxml"), "<view/>");
        return root;
    }

    [Fact]
    public async Task A_sound_package_checks_clean()
    {
        var (code, output, error) = await Run("check", Package("""{ "pages": ["pages/index/index"] }"""));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("1 pages, 0 components, 0 subpackages", output, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_print_as_located_diagnostics_and_fail_the_check()
    {
        var (code, output, error) = await Run("check", Package("{\n  \"pages\": [\"pages/index/index\", \"pages/gone/gone\"]\n}"));
        Assert.Equal(1, code);
        Assert.StartsWith("app.json:2:34: error SP3003: Page 'pages/gone/gone' is listed but", error, StringComparison.Ordinal);
        Assert.Contains("1 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_or_bad_usage_is_reported()
    {
        Assert.Equal(1, (await Run("check", "/no/such/package")).Code);
        Assert.Equal(2, (await Run("check")).Code);
    }
}
