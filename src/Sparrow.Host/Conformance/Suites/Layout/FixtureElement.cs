using System.Collections.Generic;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>One element of a fixture: its tag, its inline style text and its element children.</summary>
internal sealed class FixtureElement
{
    public FixtureElement(string tag, string style)
    {
        Tag = tag;
        Style = style;
    }

    public string Tag { get; }

    public string Style { get; }

    public List<FixtureElement> Children { get; } = [];
}
