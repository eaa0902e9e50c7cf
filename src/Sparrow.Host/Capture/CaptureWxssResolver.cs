using System.Collections.Generic;
using Sparrow.Css;

namespace Sparrow.Host.Capture;

/// <summary>
/// The cascade's stylesheets from a capture instead of a package: paths resolve as a package's do
/// (<see cref="Rendering.PackageWxssResolver.ResolvePath"/>), then are looked up in the captured
/// path → text table.
/// </summary>
public sealed class CaptureWxssResolver(IReadOnlyDictionary<string, string> styleSheets) : IWxssImportResolver
{
    public bool TryResolve(string fromPath, string url, out string resolvedPath, out string content)
    {
        resolvedPath = string.Empty;
        content = string.Empty;
        var path = Rendering.PackageWxssResolver.ResolvePath(fromPath, url);
        if (path is null || !styleSheets.TryGetValue(path, out var text))
        {
            return false;
        }

        (resolvedPath, content) = (path, text);
        return true;
    }
}
