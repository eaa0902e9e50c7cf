using System.Text;

namespace Sparrow.Components;

/// <summary>JSON string literals for event details.</summary>
internal static class JsonText
{
    /// <summary><paramref name="value"/> as a JSON string literal (quotes, backslashes and control characters escaped).</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                < ' ' => sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
