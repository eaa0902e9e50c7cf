using System.IO;

namespace Sparrow.Host.Conformance;

/// <summary>Copies a folder with everything below it, as suites do to build a case's package in a scratch folder.</summary>
internal static class DirectoryCopy
{
    /// <summary>Copies <paramref name="from"/>'s files and folders into <paramref name="to"/> (created; existing files are not overwritten: it throws).</summary>
    public static void Tree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Tree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
