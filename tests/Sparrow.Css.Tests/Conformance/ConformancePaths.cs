using System.IO;

namespace Sparrow.Css.Tests.Conformance;

/// <summary>Where the CSS conformance data lives: conformance/css under the repository root (the folder with Engine.sln).</summary>
internal static class ConformancePaths
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("Engine.sln not found above the test binaries.");
        }
    }

    public static string Suite => Path.Combine(RepoRoot, "conformance", "css");
}
