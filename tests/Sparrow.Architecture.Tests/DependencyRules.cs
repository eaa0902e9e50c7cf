using System.Collections.Generic;

namespace Sparrow.Architecture.Tests;

/// <summary>
/// Which project may reference which, from ../shared/ARCHITECTURE.md: a stage never calls
/// upstream; Layout and Scene depend on Core only; Host is the only project that references every
/// stage. A project under src/ that is not listed here fails the test until it is added.
/// </summary>
internal static class DependencyRules
{
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Sparrow.Core"] = [],
        ["Sparrow.Package"] = ["Sparrow.Core"],
        // The logic thread consumes the package model (pages, components, configuration).
        ["Sparrow.Script"] = ["Sparrow.Core", "Sparrow.Package"],
        ["Sparrow.Dom"] = ["Sparrow.Core"],
        ["Sparrow.Layout"] = ["Sparrow.Core"],
        ["Sparrow.Scene"] = ["Sparrow.Core"],
        // Css adapts its computed style to Layout's LayoutStyle; Text implements Layout's measure interface.
        ["Sparrow.Css"] = ["Sparrow.Core", "Sparrow.Dom", "Sparrow.Layout", "Sparrow.Package"],
        ["Sparrow.Text"] = ["Sparrow.Core", "Sparrow.Layout"],
        ["Sparrow.Paint"] = ["Sparrow.Core", "Sparrow.Dom", "Sparrow.Css", "Sparrow.Layout", "Sparrow.Text", "Sparrow.Scene"],
        ["Sparrow.Gpu"] = ["Sparrow.Core", "Sparrow.Scene"],
        ["Sparrow.Components"] = ["Sparrow.Core", "Sparrow.Dom", "Sparrow.Css", "Sparrow.Layout", "Sparrow.Text", "Sparrow.Scene"],
        ["Sparrow.Host"] = ["Sparrow.Core", "Sparrow.Package", "Sparrow.Script", "Sparrow.Dom", "Sparrow.Css", "Sparrow.Layout", "Sparrow.Text", "Sparrow.Scene", "Sparrow.Paint", "Sparrow.Gpu", "Sparrow.Components"],
        ["Sparrow.Cli"] = ["Sparrow.Core", "Sparrow.Package", "Sparrow.Script", "Sparrow.Host"],
        ["Sparrow.Native"] = ["Sparrow.Core", "Sparrow.Package", "Sparrow.Script", "Sparrow.Host"],
        ["Sparrow.Embedding"] = ["Sparrow.Core", "Sparrow.Host"],
    };
}
