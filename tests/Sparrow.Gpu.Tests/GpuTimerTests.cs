using Sparrow.Core;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// GPU time per frame (GlesRenderer.Timing.cs, GL_EXT_disjoint_timer_query). A context without the
/// extension must say so and report no time at all (null, never a zero); with it (Mesa's llvmpipe has
/// it), a plausible time comes back a frame or more later: positive and shorter than the frame's wall
/// time (llvmpipe's first result of a context is the time since boot, which must be dropped).
/// </summary>
public class GpuTimerTests
{
    [EglFact]
    public void The_renderer_times_the_gpu_exactly_when_the_context_lists_the_extension()
    {
        using var gpu = new GpuHarness(16, 16);
        gpu.Device.MakeCurrent();
        var listed = Gl.HasExtension(TimerQueryFunctions.Extension);
        Assert.Equal(listed, gpu.Renderer.HasGpuTimer);
    }

    [EglFact]
    public void Without_timer_queries_every_frame_reports_no_gpu_time_rather_than_zero()
    {
        using var gpu = new GpuHarness(16, 16);
        if (gpu.Renderer.HasGpuTimer)
        {
            return; // the context has timer queries (llvmpipe does): the next test covers it
        }

        for (var frame = 0; frame < 4; frame++)
        {
            gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 8, 8), new Color(255, 0, 0, 255))));
            Assert.Null(gpu.Renderer.LastFrame.GpuMs);
            Assert.Equal(1, gpu.Renderer.LastFrame.DrawCalls);
        }

        Assert.Equal(0, gpu.Renderer.DroppedGpuTimes);
    }

    [EglFact]
    public void With_timer_queries_a_positive_gpu_time_comes_back_a_frame_or_more_later()
    {
        using var gpu = new GpuHarness(64, 64);
        if (!gpu.Renderer.HasGpuTimer)
        {
            return; // no timer queries: covered by the test above
        }

        // The first frame cannot know its own time; a readback (ReadPixels) finishes each frame, so the
        // query of frame n is available when frame n + 1 begins.
        gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 64, 64), new Color(255, 0, 0, 255))));
        Assert.Null(gpu.Renderer.LastFrame.GpuMs);
        double? measured = null;
        for (var frame = 0; frame < 8 && measured is null; frame++)
        {
            gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 64, 64), new Color(0, 0, 255, 255))));
            measured = gpu.Renderer.LastFrame.GpuMs;
        }

        Assert.True(measured is > 0 and < 10_000, $"no plausible GPU time came back (got {measured}, {gpu.Renderer.DroppedGpuTimes} dropped)");
    }
}
