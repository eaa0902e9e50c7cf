using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Host.Conformance.Suites;
using Sparrow.Host.Conformance.Suites.Css;
using Sparrow.Host.Conformance.Suites.Layout;
using Sparrow.Host.Conformance.Suites.Text;

namespace Sparrow.Host.Conformance;

/// <summary>Every suite <c>sparrow conform</c> can run, by folder name under <c>conformance/</c>.</summary>
public static class ConformanceSuites
{
    private static readonly Dictionary<string, Func<IConformanceSuite>> Factories = new(StringComparer.Ordinal)
    {
        ["wxml"] = static () => new WxmlSuite(),
        ["components"] = static () => new ComponentsSuite(),
        ["paint"] = static () => new PaintSuite(),
        ["app"] = static () => new AppSuite(),
        ["layout"] = static () => new LayoutSuite(),
        ["css"] = static () => new CssSuite(),
        ["text"] = static () => new TextSuite(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <exception cref="ArgumentException">An unknown suite name.</exception>
    public static IReadOnlyList<IConformanceSuite> Create(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var unknown = names.Where(n => !Factories.ContainsKey(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown suite(s): {string.Join(", ", unknown)}; known: {string.Join(", ", Names)}", nameof(names));
        }

        return (names.Count == 0 ? Factories.Keys : names).Select(n => Factories[n]()).ToArray();
    }
}
