using System;

namespace Sparrow.Css;

/// <summary>A media feature test. <see cref="Op"/> is one of <c>&lt; &lt;= = &gt;= &gt;</c>, or empty for a boolean test.</summary>
public sealed record MediaFeature(string Name, string Op, float Value, string? Keyword)
{
    public bool Matches(StyleEnvironment env)
    {
        switch (Name)
        {
            case "orientation":
                var portrait = env.WindowHeight >= env.WindowWidth;
                return Keyword is null || (Keyword == "portrait") == portrait;
            case "prefers-color-scheme":
                return Keyword is null || string.Equals(Keyword, env.ColorScheme, StringComparison.Ordinal);
            case "width":
            case "height":
                var actual = Name == "width" ? env.WindowWidth : env.WindowHeight;
                return Op switch
                {
                    "" => actual > 0,
                    "<" => actual < Value,
                    "<=" => actual <= Value,
                    ">" => actual > Value,
                    ">=" => actual >= Value,
                    _ => Math.Abs(actual - Value) < 0.01f,
                };
            default:
                return false;
        }
    }
}
