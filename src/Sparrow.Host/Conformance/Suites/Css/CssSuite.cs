using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Sparrow.Host.Conformance.Suites.Css;

/// <summary>
/// The style stage's conformance (conformance/css), three parts in one suite, each its own feature
/// prefix in the report: <c>computed/…</c> against headless Chromium's getComputedStyle
/// (<see cref="CssComputedCases"/>), <c>wcsc/…</c> against the official wcsc
/// (<see cref="CssWcscCases"/>), and <c>corpus/…</c>, the real WXSS of three component libraries
/// read without errors (<see cref="CssCorpusCases"/>).
/// </summary>
public sealed class CssSuite : IConformanceSuite
{
    public string Name => "css";

    public string Oracle => "headless Chromium getComputedStyle; official wcsc (miniprogram-compiler 0.2.3); real library WXSS";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var dir = Path.Combine(conformanceRoot, Name);
        return CssComputedCases.Run(Path.Combine(dir, "computed"))
            .Concat(CssWcscCases.Run(Path.Combine(dir, "wcsc"), artifacts))
            .Concat(CssCorpusCases.Run(Path.Combine(dir, "corpus"), Path.Combine(conformanceRoot, "packages", "node_modules")));
    }
}
