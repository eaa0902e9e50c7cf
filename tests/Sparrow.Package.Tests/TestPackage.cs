using System;
using System.IO;
using System.Linq;
using Sparrow.Core;

namespace Sparrow.Package.Tests;

/// <summary>A package folder built file by file in a temporary directory.</summary>
internal sealed class TestPackage
{
    public TestPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "sparrow-pkg-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public TestPackage File(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return this;
    }

    /// <summary>A page or component: .js, .wxml and .json (with the given JSON body).</summary>
    public TestPackage Component(string path, string json = "{}", bool wxml = true)
    {
        File(path + ".js", "Component({})");
        File(path + ".json", json);
        return wxml ? File(path + ".wxml", "<view/>") : this;
    }

    public MiniProgramPackage Load() => PackageLoader.Load(Root, Diagnostics);

    public string[] Codes => Diagnostics.Snapshot().Select(d => d.Code).ToArray();

    public Diagnostic Only(string code) => Diagnostics.Snapshot().Single(d => d.Code == code);
}
