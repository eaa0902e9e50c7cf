using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Xunit;

namespace Sparrow.Cli.Tests.Viewer;

/// <summary>A test that needs Xvfb, xwd, SDL2 and XTEST (Debian xvfb, x11-apps, libsdl2-2.0-0, libxtst6); skipped with the reason when one is missing.</summary>
public sealed class XvfbFactAttribute : FactAttribute
{
    public XvfbFactAttribute()
    {
        Skip = SkipReason();
    }

    /// <summary>Why a viewer test cannot run here (a missing tool or library), or null when it can.</summary>
    public static string? SkipReason()
    {
        var missing = new[] { "Xvfb", "xwd" }.Where(tool => Which(tool) is null).ToList();
        foreach (var library in new[] { "libSDL2-2.0.so.0", "libX11.so.6", "libXtst.so.6" })
        {
            if (!NativeLibrary.TryLoad(library, out var handle))
            {
                missing.Add(library);
            }
            else
            {
                NativeLibrary.Free(handle);
            }
        }

        return missing.Count > 0
            ? $"The viewer test needs {string.Join(", ", missing)} (./dev setup installs xvfb, x11-apps, libsdl2-2.0-0 and libxtst6)."
            : null;
    }

    public static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}
