using System;
using System.IO;

namespace Sparrow.Host.Tests;

/// <summary>Paths inside the repository (found by walking up to Engine.sln from the test binaries).</summary>
internal static class RepoPaths
{
    public static string Of(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir!.FullName, .. parts]);
    }
}
