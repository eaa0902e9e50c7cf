using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Package.Json;

namespace Sparrow.Package;

public sealed partial class PackageLoader
{
    /// <summary>
    /// Resolves a <c>usingComponents</c> object declared by a file in <paramref name="dir"/> and
    /// queues every component it names for loading.
    /// </summary>
    private List<UsingComponent> ResolveUsing(JsonNode? config, string dir)
    {
        var result = new List<UsingComponent>();
        var node = config?["usingComponents"];
        if (node is null)
        {
            return result;
        }

        if (!node.IsObject)
        {
            Report(DiagnosticCodes.PackageConfigType, "'usingComponents' must be an object of tag names to paths.", node.Location);
            return result;
        }

        foreach (var property in node.Properties)
        {
            if (!property.Value.IsString)
            {
                Report(DiagnosticCodes.PackageConfigType, $"usingComponents '{property.Name}' must be a path string.", property.Value.Location);
                continue;
            }

            var target = property.Value.Text!;
            var resolved = ResolveComponent(dir, target, property.Name, property.Value.Location);
            if (resolved is not null && !_components.ContainsKey(resolved) && !_pending.Contains(resolved))
            {
                _pending.Enqueue(resolved);
            }

            result.Add(new UsingComponent(property.Name, target, resolved, property.Value.Location));
        }

        return result;
    }

    /// <summary>
    /// WeChat's lookup: <c>/x</c> from the package root, <c>./x</c> and <c>../x</c> from the
    /// declaring folder, and a bare path first from the declaring folder and then in
    /// <c>miniprogram_npm/</c> of that folder and each parent (as Node walks <c>node_modules</c>).
    /// A folder stands for its <c>index</c> component.
    /// </summary>
    private string? ResolveComponent(string dir, string target, string name, SourceLocation location)
    {
        if (target.StartsWith("plugin://", StringComparison.Ordinal) || target.StartsWith("plugin-private://", StringComparison.Ordinal))
        {
            Warn(DiagnosticCodes.PackagePluginUnsupported, $"Component '{name}' comes from a plugin ({target}); plugins are not supported.", location);
            return null;
        }

        foreach (var candidate in Candidates(dir, target))
        {
            if (candidate is null)
            {
                continue;
            }

            if (PackagePaths.FilesOf(_root, candidate) != SourceFiles.None)
            {
                return candidate;
            }

            var index = candidate.TrimEnd('/') + "/index";
            if (PackagePaths.FilesOf(_root, index) != SourceFiles.None)
            {
                return index;
            }
        }

        Report(DiagnosticCodes.PackageComponentUnresolved, $"Component '{name}' does not resolve: no component at '{target}' from {dir}.", location);
        return null;
    }

    private static IEnumerable<string?> Candidates(string dir, string target)
    {
        if (target.StartsWith('/') || target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("../", StringComparison.Ordinal))
        {
            yield return PackagePaths.Combine(dir, target);
            yield break;
        }

        yield return PackagePaths.Combine(dir, target);
        var current = dir;
        while (true)
        {
            yield return PackagePaths.Combine(current, "miniprogram_npm/" + target);
            if (current == "/")
            {
                yield break;
            }

            current = PackagePaths.DirectoryOf(current);
        }
    }

    /// <summary>Loads queued components breadth-first; each may name more.</summary>
    private void ResolvePendingComponents()
    {
        while (_pending.Count > 0)
        {
            var path = _pending.Dequeue();
            if (_components.ContainsKey(path))
            {
                continue;
            }

            var files = PackagePaths.FilesOf(_root, path);
            var file = SourceLocation.InFile(path.TrimStart('/') + ".json");
            if ((files & (SourceFiles.Js | SourceFiles.Json)) != (SourceFiles.Js | SourceFiles.Json))
            {
                Report(DiagnosticCodes.PackageComponentIncomplete, $"Component {path} needs both {path}.js and {path}.json.", file);
            }
            else if ((files & SourceFiles.Wxml) == 0)
            {
                Warn(DiagnosticCodes.PackageComponentIncomplete, $"Component {path} has no {path}.wxml; it renders nothing.", file);
            }

            var config = (files & SourceFiles.Json) != 0 ? ReadJson(path + ".json", required: false) : null;
            // Register before resolving its own components, so a component that uses itself (recursion) terminates.
            _components[path] = new ComponentEntry(path, files, config, []);
            _components[path] = new ComponentEntry(path, files, config, ResolveUsing(config, PackagePaths.DirectoryOf(path)));
        }
    }
}
