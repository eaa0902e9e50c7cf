using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Sparrow.Core;

namespace Sparrow.Package.Json;

/// <summary>
/// A parsed JSON value that remembers where it was written, so a check on a package's
/// configuration can name the file, line and column of the value at fault. Members keep their
/// order and unknown keys are kept (a package's JSON is read, never rejected for extra keys).
/// </summary>
public sealed class JsonNode
{
    private static readonly List<JsonProperty> NoProperties = [];
    private static readonly List<JsonNode> NoItems = [];

    private readonly List<JsonProperty>? _properties;
    private readonly List<JsonNode>? _items;

    internal JsonNode(JsonKind kind, SourceLocation location, string? text = null, double number = 0,
        List<JsonProperty>? properties = null, List<JsonNode>? items = null)
    {
        Kind = kind;
        Location = location;
        Text = text;
        Number = number;
        _properties = properties;
        _items = items;
    }

    public JsonKind Kind { get; }

    /// <summary>Where the value starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>The value of a string (or the source text of a number).</summary>
    public string? Text { get; }

    public double Number { get; }

    public IReadOnlyList<JsonProperty> Properties => _properties ?? NoProperties;

    public IReadOnlyList<JsonNode> Items => _items ?? NoItems;

    public bool IsObject => Kind == JsonKind.Object;

    public bool IsArray => Kind == JsonKind.Array;

    public bool IsString => Kind == JsonKind.String;

    /// <summary>The last member of that name (as JSON.parse keeps the last duplicate), or null.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            if (_properties is null)
            {
                return null;
            }

            for (var i = _properties.Count - 1; i >= 0; i--)
            {
                if (_properties[i].Name == name)
                {
                    return _properties[i].Value;
                }
            }

            return null;
        }
    }

    public string? GetString(string name) => this[name] is { Kind: JsonKind.String } node ? node.Text : null;

    public bool? GetBoolean(string name) => this[name]?.Kind switch
    {
        JsonKind.True => true,
        JsonKind.False => false,
        _ => null,
    };

    /// <summary>Compact JSON text of this value (for handing configuration to the JS side).</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        switch (Kind)
        {
            case JsonKind.Null:
                text.Append("null");
                break;
            case JsonKind.True:
                text.Append("true");
                break;
            case JsonKind.False:
                text.Append("false");
                break;
            case JsonKind.Number:
                text.Append(Text ?? Number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonKind.String:
                WriteString(text, Text ?? string.Empty);
                break;
            case JsonKind.Array:
                text.Append('[');
                for (var i = 0; i < Items.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Items[i].Write(text);
                }

                text.Append(']');
                break;
            case JsonKind.Object:
                text.Append('{');
                for (var i = 0; i < Properties.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    WriteString(text, Properties[i].Name);
                    text.Append(':');
                    Properties[i].Value.Write(text);
                }

                text.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    public override string ToString() => $"{Kind} at {Location}";
}
