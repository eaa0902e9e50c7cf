using System.Collections.Generic;
using Sparrow.Package.Json;

namespace Sparrow.Package;

/// <summary>A page listed in <c>app.json</c> (main package) or in a subpackage.</summary>
public sealed class PageEntry : ComponentEntry
{
    internal PageEntry(string path, string route, string? subpackageRoot, SourceFiles files, JsonNode? config, IReadOnlyList<UsingComponent> usingComponents)
        : base(path, files, config, usingComponents)
    {
        Route = route;
        SubpackageRoot = subpackageRoot;
    }

    /// <summary>The route as WeChat names it: the path without the leading slash (<c>pages/index/index</c>).</summary>
    public string Route { get; }

    /// <summary>The subpackage's root (<c>packageA/</c>), or null for the main package.</summary>
    public string? SubpackageRoot { get; }
}
