using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary><c>sparrow capture</c> and <c>sparrow replay</c>: usage, a broken capture file, and a round trip with a package written here.</summary>
public class CaptureCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "sparrow-capture-" + Guid.NewGuid().ToString("N"), name);

    private static string Package()
    {
        var root = Temp("pkg");
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        File.WriteAllText(Path.Combine(root, "app.json"), """{ "pages": ["pages/index/index"] }""");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({});");
        File.WriteAllText(Path.Combine(root, "app.wxss"), ".box { width: 100px; height: 40px; }");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), "Page({ data: { n: 3 }, onLoad(q) { this.setData({ id: q.id }); } });");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxml"), """<view class="box">{{n}}</view>""");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxss"), ".box { margin-left: 20px; }");
        return root;
    }

    [Fact]
    public async Task Bad_usage_exits_with_2()
    {
        Assert.Equal(2, (await Run("capture")).Code);
        Assert.Equal(2, (await Run("capture", "some-dir")).Code); // no --out
        Assert.Equal(2, (await Run("capture", "some-dir", "--out")).Code);
        Assert.Equal(2, (await Run("capture", "some-dir", "--out", "x.spcap", "--frames", "3")).Code);
        Assert.Equal(2, (await Run("replay")).Code);
        Assert.Equal(2, (await Run("replay", "a.spcap", "b.spcap")).Code);
        Assert.Equal(2, (await Run("replay", "a.spcap", "--out")).Code);
        Assert.Equal(2, (await Run("replay", "a.spcap", "--bogus")).Code);
    }

    [Fact]
    public async Task A_missing_folder_or_a_broken_capture_is_a_diagnostic()
    {
        var (code, _, error) = await Run("capture", "/no/such/package", "--out", Temp("x.spcap"));
        Assert.Equal(1, code);
        Assert.Contains("SP1002", error, StringComparison.Ordinal);

        var broken = Temp("broken.spcap");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        File.WriteAllText(broken, "SPRWCAPT but then nothing sensible");
        (code, _, error) = await Run("replay", broken);
        Assert.Equal(1, code);
        Assert.Contains("error SP1105", error, StringComparison.Ordinal);
        Assert.Contains(broken, error, StringComparison.Ordinal);

        (code, _, error) = await Run("replay", Temp("missing.spcap"));
        Assert.Equal(1, code);
        Assert.Contains("missing.spcap", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capture_replays_without_its_package()
    {
        var package = Package();
        var file = Temp("page.spcap");
        var (code, output, error) = await Run("capture", package, "--page", "pages/index/index?id=42", "--size", "320x480@1", "--no-cache", "--out", file);
        Assert.True(code == 0, error);
        Assert.Contains("pages/index/index?id=42", output, StringComparison.Ordinal);
        var (_, liveLayout, _) = await Run("dump", package, "--page", "pages/index/index?id=42", "--size", "320x480@1", "--no-cache", "--layout");
        Directory.Delete(package, recursive: true); // replay must not need it

        (code, output, error) = await Run("replay", file, "--data");
        Assert.True(code == 0, error);
        using (var data = JsonDocument.Parse(output))
        {
            Assert.Equal(3, data.RootElement.GetProperty("n").GetInt32());
            Assert.Equal("42", data.RootElement.GetProperty("id").GetString());
        }

        (code, output, error) = await Run("replay", file, "--layout");
        Assert.True(code == 0, error);
        using var layout = JsonDocument.Parse(output);
        var box = layout.RootElement.GetProperty("children")[0];
        Assert.Equal((20.0, 100.0, 40.0), (box.GetProperty("x").GetDouble(), box.GetProperty("width").GetDouble(), box.GetProperty("height").GetDouble()));
        Assert.Equal(liveLayout, output);
    }
}
