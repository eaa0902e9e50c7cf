using System.Collections.Generic;
using Sparrow.Package.Json;

namespace Sparrow.Package;

/// <summary>
/// A page or a custom component: a package path without extension (<c>/pages/index/index</c>),
/// the files that exist, its parsed JSON configuration (null when absent or broken), and its
/// <c>usingComponents</c>, resolved.
/// </summary>
public class ComponentEntry
{
    internal ComponentEntry(string path, SourceFiles files, JsonNode? config, IReadOnlyList<UsingComponent> usingComponents)
    {
        Path = path;
        Files = files;
        Config = config;
        UsingComponents = usingComponents;
    }

    /// <summary>Package path without extension, always starting with <c>/</c>.</summary>
    public string Path { get; }

    public SourceFiles Files { get; }

    public JsonNode? Config { get; }

    public IReadOnlyList<UsingComponent> UsingComponents { get; }

    /// <summary>Whether its JSON declares <c>"component": true</c>.</summary>
    public bool DeclaresComponent => Config?.GetBoolean("component") == true;

    public string FilePath(string extension) => Path + extension;

    public override string ToString() => Path;
}
