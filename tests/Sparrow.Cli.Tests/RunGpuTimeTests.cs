using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Cli.Tests;

/// <summary>
/// <c>sparrow run --stats</c> reports GPU time per frame from timer queries where the device has them
/// and says plainly that it cannot where it has none (Mesa's llvmpipe here): "n/a" in the summary,
/// <c>"gpuMs": null</c> in stats.json, never zeros. It also says where image textures were uploaded
/// (the renderer's shared-context upload thread, or the render thread and why).
/// </summary>
public class RunGpuTimeTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(args, new CliConsole(output, error));
        return (code, output.ToString(), error.ToString());
    }

    private static string Sample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "samples", name);
    }

    [Fact]
    public async Task The_summary_and_stats_report_gpu_time_or_say_it_is_not_available()
    {
        var outDir = Path.Combine(Path.GetTempPath(), $"sparrow-run-gpu-{Guid.NewGuid():N}");
        var (code, output, error) = await Run("run", Sample("todo"), "--frames", "3", "--stats", "--out", outDir);
        Assert.True(code == 0, error + output);

        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stats.json")));
        var gpu = stats.RootElement.GetProperty("gpuMs");
        if (gpu.ValueKind == JsonValueKind.Null)
        {
            Assert.Contains(RunSummary.NoGpuTimeLine, output, StringComparison.Ordinal);
            return;
        }

        // A device with timer queries: every figure is a real measurement, and the summary shows them.
        Assert.Equal(JsonValueKind.Object, gpu.ValueKind);
        Assert.DoesNotContain(RunSummary.NoGpuTimeLine, output, StringComparison.Ordinal);
        if (gpu.GetProperty("frames").GetInt32() > 0)
        {
            Assert.True(gpu.GetProperty("max").GetDouble() > 0);
            Assert.Contains("gpu (timer queries): p50", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_summary_and_stats_say_where_image_textures_were_uploaded()
    {
        var outDir = Path.Combine(Path.GetTempPath(), $"sparrow-run-uploads-{Guid.NewGuid():N}");
        var (code, output, error) = await Run("run", Sample("todo"), "--frames", "2", "--stats", "--out", outDir);
        Assert.True(code == 0, error + output);

        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "stats.json")));
        var uploads = stats.RootElement.GetProperty("textureUploads");
        if (!stats.RootElement.GetProperty("drawn").GetBoolean())
        {
            Assert.Equal(JsonValueKind.Null, uploads.ValueKind);
            return;
        }

        var path = uploads.GetProperty("path").GetString();
        Assert.Contains(path, new[] { "shared-context", "render-thread" });
        Assert.Contains($"image textures: uploaded on {path}", output, StringComparison.Ordinal);

        // The render thread is the fallback: it always comes with the reason a shared context was not made.
        Assert.Equal(path == "render-thread", uploads.TryGetProperty("reason", out _));
    }
}
