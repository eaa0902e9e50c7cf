using System;
using Sparrow.Gpu;
using Xunit;

namespace Sparrow.Host.Tests.Headless;

/// <summary>A theory that needs a headless EGL/GLES 3 context; skipped, saying why, where none can be created.</summary>
public sealed class EglTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<string?> Failure = new(() =>
    {
        using var device = EglDevice.TryCreateHeadless(out var diagnostic);
        return device is null ? diagnostic?.Message ?? "unknown" : null;
    });

    public EglTheoryAttribute()
    {
        if (Failure.Value is { } reason)
        {
            Skip = "No headless EGL/GLES 3 context here: " + reason;
        }
    }
}
