using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>
/// An @media prelude (Media Queries 4): a comma list of queries, any of which may match. Supported
/// features: width, height (with min-/max- and range syntax), orientation, prefers-color-scheme.
/// A query this engine cannot evaluate is false, per §3.2 of Media Queries 4 for unknown features.
/// </summary>
public sealed class MediaQueryList
{
    internal MediaQueryList(List<MediaQuery> queries, string text)
    {
        Queries = queries;
        Text = text;
    }

    public IReadOnlyList<MediaQuery> Queries { get; }

    public string Text { get; }

    public bool Matches(StyleEnvironment env)
    {
        if (Queries.Count == 0)
        {
            return true;
        }

        foreach (var q in Queries)
        {
            if (q.Matches(env))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;
}
