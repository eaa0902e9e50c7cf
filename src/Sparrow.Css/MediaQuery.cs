using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>One media query: <c>[not|only]? type? [and (feature)]*</c>. A feature test is (name, operator, px value or keyword).</summary>
public sealed record MediaQuery(bool Negated, string Type, IReadOnlyList<MediaFeature> Features, bool Unsupported)
{
    public bool Matches(StyleEnvironment env)
    {
        if (Unsupported)
        {
            return false;
        }

        var result = Type is "all" or "screen";
        foreach (var f in Features)
        {
            result &= f.Matches(env);
        }

        return Negated ? !result : result;
    }
}
