using System;
using System.IO;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>
/// A fact that needs the published libsparrow.so (<c>SPARROW_NATIVE_DIR</c>, else
/// <c>artifacts/native/</c>; <c>./dev test</c> publishes it first, so it never skips in CI) and a
/// headless GPU context; skipped, saying which is missing, otherwise.
/// </summary>
public sealed class NativeLibFactAttribute : FactAttribute
{
    public NativeLibFactAttribute()
    {
        if (!File.Exists(Path.Combine(Directory, "libsparrow.so")))
        {
            Skip = $"libsparrow.so has not been published to {Directory} (run ./dev test, or: source scripts/lib.sh && publish_native_lib)";
        }
        else if (new EglFactAttribute().Skip is { } noGpu)
        {
            Skip = noGpu;
        }
    }

    /// <summary>Where libsparrow.so and the files beside it are.</summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable("SPARROW_NATIVE_DIR") is { Length: > 0 } dir ? dir : RepoPaths.Of("artifacts", "native");
}
