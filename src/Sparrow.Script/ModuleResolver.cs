using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sparrow.Package;

namespace Sparrow.Script;

/// <summary>
/// Resolves <c>require()</c> specifiers to files inside one package root, as Node's CommonJS does
/// but confined: no path may leave the root (including through a symbolic link).
/// Module ids are package paths: <c>/utils/util.js</c>.
/// </summary>
internal sealed class ModuleResolver
{
    private readonly string _root;

    public ModuleResolver(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
    }

    public string Root => _root;

    /// <summary>The package path of <paramref name="specifier"/> required from the module <paramref name="from"/>.</summary>
    /// <exception cref="JsHostException">Not found, or outside the root.</exception>
    public string Resolve(string from, string specifier)
    {
        if (specifier.Length == 0)
        {
            throw new JsHostException("require() needs a non-empty module path.");
        }

        var fromDir = DirectoryOf(from);
        var relative = specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal) || specifier is "." or "..";
        IEnumerable<string> bases = specifier.StartsWith('/') ? ["/"]
            : relative ? [fromDir]
            : NpmBases(fromDir, specifier);
        foreach (var basePath in bases)
        {
            var joined = Normalize(basePath, specifier.StartsWith('/') ? specifier[1..] : specifier, specifier, from);
            var found = Probe(joined);
            if (found is not null)
            {
                return found;
            }
        }

        throw new JsHostException($"Cannot find module '{specifier}' from '{from}'.");
    }

    /// <summary>The text of a module. JSON is checked here so a bad file is reported with its line and column.</summary>
    public string Load(string packagePath)
    {
        var text = File.ReadAllText(ToFullPath(packagePath));
        if (packagePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false });
            }
            catch (JsonException e)
            {
                var line = (e.LineNumber ?? 0) + 1;
                var column = (e.BytePositionInLine ?? 0) + 1;
                throw new JsHostException($"{packagePath}:{line}:{column}: invalid JSON: {FirstSentence(e.Message)}");
            }
        }

        return text;
    }

    public string ToFullPath(string packagePath) =>
        _root + packagePath.Replace('/', Path.DirectorySeparatorChar);

    /// <summary>For a bare name: <c>miniprogram_npm/name</c> in this directory and each parent (as Node walks <c>node_modules</c>), then the file's own directory as WeChat allows.</summary>
    private static IEnumerable<string> NpmBases(string fromDir, string specifier)
    {
        _ = specifier;
        var dir = fromDir;
        while (true)
        {
            yield return dir + "miniprogram_npm/";
            if (dir == "/")
            {
                break;
            }

            dir = DirectoryOf(dir.TrimEnd('/'));
        }

        yield return fromDir;
    }

    private string? Probe(string path)
    {
        var trimmed = path.TrimEnd('/');
        string[] candidates = [trimmed, trimmed + ".js", trimmed + ".json"];
        foreach (var candidate in candidates)
        {
            if (IsFileInside(candidate))
            {
                return candidate;
            }
        }

        var main = PackageMain(trimmed);
        if (main is not null && IsFileInside(main))
        {
            return main;
        }

        var index = trimmed + "/index.js";
        return IsFileInside(index) ? index : null;
    }

    private string? PackageMain(string dir)
    {
        var manifest = ToFullPath(dir + "/package.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
            if (doc.RootElement.ValueKind == JsonValueKind.Object &&
                doc.RootElement.TryGetProperty("main", out var main) && main.ValueKind == JsonValueKind.String)
            {
                var target = Normalize(dir + "/", main.GetString()!, main.GetString()!, dir);
                return IsFileInside(target) ? target : IsFileInside(target + ".js") ? target + ".js" : null;
            }
        }
        catch (JsonException)
        {
            // A broken package.json falls back to index.js, as Node does.
        }

        return null;
    }

    private bool IsFileInside(string packagePath)
    {
        var full = ToFullPath(packagePath);
        if (!File.Exists(full))
        {
            return false;
        }

        var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
        if (target is not null)
        {
            var real = Path.GetFullPath(target.FullName);
            if (!real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new JsHostException($"Module '{packagePath}' links outside the package root.");
            }
        }

        return true;
    }

    /// <summary>Joins and collapses <c>.</c> and <c>..</c> as package paths do; a path climbing above the root is an error.</summary>
    private static string Normalize(string baseDir, string relative, string specifier, string from) =>
        PackagePaths.Combine(baseDir, relative)
        ?? throw new JsHostException($"Module path '{specifier}' required from '{from}' leaves the package root.");

    private static string DirectoryOf(string packagePath)
    {
        var slash = packagePath.LastIndexOf('/');
        return slash <= 0 ? "/" : packagePath[..(slash + 1)];
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
