using System;

namespace Sparrow.Gpu.Tests;

/// <summary>Tries once per test run to create a headless context; null when it works, else why not.</summary>
internal static class GpuProbe
{
    private static readonly Lazy<string?> Result = new(() =>
    {
        using var device = EglDevice.TryCreateHeadless(out var diagnostic);
        return device == null ? diagnostic?.Message ?? "unknown" : null;
    });

    public static string? Failure => Result.Value;
}
