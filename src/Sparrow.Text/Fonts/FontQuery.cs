using System;
using System.Collections.Immutable;

namespace Sparrow.Text;

/// <summary>What a style asks of fonts: the CSS font-family list, font-weight and font-style.</summary>
public sealed record FontQuery(ImmutableArray<string> Families, int Weight = 400, bool Italic = false)
{
    public static FontQuery Default { get; } = new(ImmutableArray.Create("sans-serif"));

    public static FontQuery Of(params string[] families) => new(ImmutableArray.Create(families));

    public bool Equals(FontQuery? other) =>
        other is not null && Weight == other.Weight && Italic == other.Italic && Families.AsSpan().SequenceEqual(other.Families.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Weight);
        hash.Add(Italic);
        foreach (string family in Families)
        {
            hash.Add(family, StringComparer.OrdinalIgnoreCase);
        }

        return hash.ToHashCode();
    }
}
