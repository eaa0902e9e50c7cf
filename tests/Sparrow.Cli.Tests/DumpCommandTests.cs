using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

public class DumpCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Package(string wxml, string pageJs = "Page({ data: { name: '世界', list: [1, 2] } });")
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-dump-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "pages", "index"));
        File.WriteAllText(Path.Combine(root, "app.json"), """{ "pages": ["pages/index/index"] }""");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({});");
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.js"), pageJs);
        File.WriteAllText(Path.Combine(root, "pages", "index", "index.wxml"), wxml);
        return root;
    }

    [Fact]
    public async Task Layout_puts_fixed_boxes_in_the_viewport_of_the_given_size_and_with_shell_in_what_the_bars_leave()
    {
        var package = Package("<view style=\"position: fixed; bottom: 0; left: 0; width: 100px; height: 50px\"></view>");

        var (code, output, error) = await Run("dump", package, "--layout", "--size", "375x667@1", "--no-cache");
        Assert.True(code == 0, error);
        Assert.Equal(617, FixedBoxTop(output)); // 667 − 50: the page alone in the whole window

        (code, output, error) = await Run("dump", package, "--layout", "--size", "375x667@1", "--no-cache", "--shell");
        Assert.True(code == 0, error);
        Assert.Equal(553, FixedBoxTop(output)); // 667 − 64 (status and navigation bar) − 50
    }

    private static double FixedBoxTop(string layoutJson)
    {
        using var layout = JsonDocument.Parse(layoutJson);
        var box = layout.RootElement;
        while (box.GetProperty("children").GetArrayLength() > 0)
        {
            box = box.GetProperty("children")[0];
        }

        return box.GetProperty("y").GetDouble();
    }

    [Fact]
    public async Task The_tree_comes_out_in_wcc_shape()
    {
        var (code, output, error) = await Run("dump", Package("<view class=\"a\">你好 {{name}}</view><text wx:for=\"{{list}}\">{{item}}</text>"), "--tree", "--no-cache");
        Assert.True(code == 0, error);
        using var tree = JsonDocument.Parse(output);
        var root = tree.RootElement;
        Assert.Equal("wx-page", root.GetProperty("tag").GetString());
        var view = root.GetProperty("children")[0];
        Assert.Equal("wx-view", view.GetProperty("tag").GetString());
        Assert.Equal("a", view.GetProperty("attr").GetProperty("class").GetString());
        Assert.Equal("你好 世界", view.GetProperty("children")[0].GetString());
        Assert.Equal("2", root.GetProperty("children")[2].GetProperty("children")[0].GetString());
    }

    [Fact]
    public async Task A_broken_template_is_a_located_diagnostic_and_a_failing_exit_code()
    {
        var (code, _, error) = await Run("dump", Package("<view>\n  <text bad=\"{{ }}\""), "--tree", "--no-cache");
        Assert.Equal(1, code);
        Assert.Contains("pages/index/index.wxml:2:3: error SP2101", error, StringComparison.Ordinal);
        Assert.Contains("error SP2101", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_is_reported()
    {
        Assert.Equal(2, (await Run("dump", "--tree")).Code);
        Assert.Equal(2, (await Run("dump", Package("<view/>"))).Code);
        Assert.Equal(2, (await Run("dump", Package("<view/>"), "--tree", "--size", "wide")).Code);
        Assert.Equal(1, (await Run("dump", "/no/such/dir", "--tree")).Code);
    }
}
