using System;
using System.IO;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// The framework folder: <c>lib/</c> (our base library) and the three pinned npm packages, laid
/// out as in <c>src/framework</c>. The build copies the files the runtime loads into
/// <c>framework/</c> next to the application, so a published binary finds them there first;
/// during development the source tree's <c>src/framework</c> is the fallback.
/// </summary>
internal sealed class FrameworkFiles
{
    /// <summary>Files that must exist for the runtime to start, relative to the framework folder.</summary>
    private static readonly string[] Required =
    [
        "lib/boot.js",
        "lib/compile-templates.js",
        "node_modules/glass-easel/dist/glass_easel.all.js",
        "node_modules/glass-easel-miniprogram-adapter/dist/glass_easel_miniprogram_adapter.js",
        "node_modules/glass-easel-template-compiler/pkg/main.js",
    ];

    private FrameworkFiles(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>
    /// The files that decide what compiling templates produces (the compiler and our script that
    /// drives it): their bytes are part of the compile cache key.
    /// </summary>
    public string[] CompilerFiles =>
    [
        Path.Combine(Root, "node_modules", "glass-easel-template-compiler", "pkg", "main.js"),
        Path.Combine(Root, "lib", "compile-templates.js"),
    ];

    /// <summary>The framework folder to use, or null (with the places tried) when there is none.</summary>
    public static FrameworkFiles? Find(string? explicitRoot, out string tried)
    {
        string[] candidates = explicitRoot is not null
            ? [Path.GetFullPath(explicitRoot)]
            : [Path.Combine(AppContext.BaseDirectory, "framework"), SourceTreeFramework() ?? string.Empty];
        foreach (var candidate in candidates)
        {
            if (candidate.Length > 0 && IsComplete(candidate))
            {
                tried = candidate;
                return new FrameworkFiles(candidate);
            }
        }

        tried = string.Join(", ", Array.FindAll(candidates, c => c.Length > 0));
        return null;
    }

    /// <summary>
    /// The text of a framework file named relative to the root (<c>lib/runtime.js</c>). Throws a
    /// <see cref="JsHostException"/> for a path that leaves the root or does not exist.
    /// </summary>
    public string Read(string relative)
    {
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains("..", StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal))
        {
            throw new JsHostException($"Framework module path '{relative}' is not a plain path inside the framework folder.");
        }

        var full = Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(full))
        {
            throw new JsHostException($"Framework file '{relative}' is missing from {Root}.");
        }

        return File.ReadAllText(full);
    }

    private static bool IsComplete(string root) =>
        Array.TrueForAll(Required, r => File.Exists(Path.Combine(root, r.Replace('/', Path.DirectorySeparatorChar))));

    /// <summary>src/framework of the source tree the application was built in (found by walking up to Engine.sln).</summary>
    private static string? SourceTreeFramework()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? null : Path.Combine(dir.FullName, "src", "framework");
    }
}
