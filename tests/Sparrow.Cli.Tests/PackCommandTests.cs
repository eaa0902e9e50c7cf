using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary><c>sparrow pack</c>, then <c>check</c> and <c>run</c> on the archive it wrote.</summary>
public class PackCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"sparrow-pack-{name}-{Guid.NewGuid():N}");

    private static string Package(string appJson = """{ "pages": ["pages/index/index"] }""")
    {
        var root = Temp("pkg");
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        File.WriteAllText(Path.Combine(root, "app.json"), appJson);
        File.WriteAllText(Path.Combine(root, "app.js"), "App({})");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), "Page({ data: { who: 'archive' } })");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxml"), "<view style=\"height: 40px; background: #1677ff\">hello {{who}}</view>");
        return root;
    }

    [Fact]
    public async Task A_package_packs_to_the_same_archive_twice_and_the_archive_checks_and_runs()
    {
        var root = Package();
        var archive = Temp("out") + ".sppkg";
        var (code, output, error) = await Run("pack", root, "--out", archive);
        Assert.True(code == 0, error);
        Assert.Contains("4 files", output, StringComparison.Ordinal);
        Assert.Contains("sha256:", output, StringComparison.Ordinal);
        var first = File.ReadAllBytes(archive);
        Assert.Equal(0, (await Run("pack", root, "--out", archive)).Code);
        Assert.Equal(first, File.ReadAllBytes(archive));

        var check = await Run("check", archive);
        Assert.True(check.Code == 0, check.Err);
        Assert.Contains("1 pages, 0 components, 0 subpackages", check.Out, StringComparison.Ordinal);

        var frames = Temp("frames");
        var run = await Run("run", archive, "--frames", "1", "--out", frames);
        Assert.True(run.Code == 0, run.Err + run.Out);
        Assert.True(File.Exists(Path.Combine(frames, "stats.json")));
    }

    [Fact]
    public async Task A_package_with_errors_is_not_packed()
    {
        var root = Package("""{ "pages": ["pages/index/index", "pages/gone/gone"] }""");
        var archive = Temp("bad") + ".sppkg";
        var (code, _, error) = await Run("pack", root, "--out", archive);

        Assert.Equal(1, code);
        Assert.Contains("error SP3003", error, StringComparison.Ordinal);
        Assert.Contains("not packed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(archive));
    }

    [Fact]
    public async Task A_main_package_over_two_mebibytes_is_refused_as_wechat_refuses_it()
    {
        var root = Package();
        var noise = new byte[(2 * 1024 * 1024) + 1];
        new Random(7).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(root, "big.bin"), noise);
        var archive = Temp("big") + ".sppkg";
        var (code, _, error) = await Run("pack", root, "--out", archive);

        Assert.Equal(1, code);
        Assert.Contains("error SP3006", error, StringComparison.Ordinal);
        Assert.False(File.Exists(archive));
    }

    [Fact]
    public async Task A_truncated_archive_fails_check_and_run_with_a_diagnostic_on_the_archive()
    {
        var archive = Temp("cut") + ".sppkg";
        Assert.Equal(0, (await Run("pack", Package(), "--out", archive)).Code);
        var bytes = File.ReadAllBytes(archive);
        File.WriteAllBytes(archive, bytes[..(bytes.Length / 2)]);

        var check = await Run("check", archive);
        Assert.Equal(1, check.Code);
        Assert.StartsWith($"{archive}: error SP3101:", check.Err, StringComparison.Ordinal);

        var run = await Run("run", archive, "--frames", "1", "--out", Temp("cut-frames"));
        Assert.Equal(1, run.Code);
        Assert.Contains("error SP3101", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_is_reported()
    {
        Assert.Equal(2, (await Run("pack")).Code);
        Assert.Equal(2, (await Run("pack", "a", "b")).Code);
        Assert.Equal(1, (await Run("pack", "/no/such/package")).Code);
        var help = await Run("pack", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("WeChat's size limits", help.Out, StringComparison.Ordinal);
    }
}
