using System;

namespace Sparrow.Components;

/// <summary>
/// Element ids as the node store keeps them: inside a custom component the mini-program adapter
/// prefixes them with the component's id prefix (eight lowercase hex digits and <c>--</c>), while WXML
/// and the logic side name them without it.
/// </summary>
internal static class ElementIds
{
    /// <summary>Whether the stored id <paramref name="stored"/> is the logical id <paramref name="id"/>.</summary>
    public static bool Matches(string stored, string id)
    {
        if (stored == id)
        {
            return true;
        }

        if (stored.Length != id.Length + 10 || stored[8] != '-' || stored[9] != '-' || !stored.AsSpan(10).SequenceEqual(id))
        {
            return false;
        }

        for (var i = 0; i < 8; i++)
        {
            if (!char.IsAsciiHexDigitLower(stored[i]))
            {
                return false;
            }
        }

        return true;
    }
}
