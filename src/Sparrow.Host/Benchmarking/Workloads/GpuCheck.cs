using System;
using Sparrow.Gpu;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>Whether a headless EGL display with OpenGL ES 3 can be created here (asked once per process).</summary>
internal static class GpuCheck
{
    private static readonly Lazy<string?> Failure = new(() =>
    {
        using var device = EglDevice.TryCreateHeadless(out var diagnostic);
        return device is null ? "no headless EGL/GLES 3 context: " + (diagnostic?.Message ?? "unknown reason") : null;
    });

    /// <summary>Why frames cannot be drawn here, or null when they can.</summary>
    public static string? Unavailable => Failure.Value;
}
