using System;
using System.Collections.Generic;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Package.Json;

/// <summary>
/// Parses strict JSON (no comments, no trailing commas, as WeChat's tools require) into a
/// <see cref="JsonNode"/> tree with locations. A syntax error is a diagnostic with file, line and
/// column, and the result is null; the caller carries on without that file.
/// </summary>
public static class JsonTreeReader
{
    private const int MaxDepth = 256;

    public static JsonNode? Parse(string file, ReadOnlySpan<byte> utf8, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var bytes = utf8.ToArray();
        var lines = new LineMap(file, bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PackageJsonSyntax, "The file is empty; expected a JSON value.", lines.At(0)));
                return null;
            }

            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PackageJsonSyntax, "Unexpected text after the JSON value.", lines.At(reader.TokenStartIndex)));
                return null;
            }

            return root;
        }
        catch (JsonException e)
        {
            var location = lines.AtLine((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PackageJsonSyntax, "Invalid JSON: " + Describe(e), location));
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, LineMap lines)
    {
        var location = lines.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameLocation = lines.At(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add(new JsonProperty(name, nameLocation, ReadValue(ref reader, lines)));
                }

                return new JsonNode(JsonKind.Object, location, properties: properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new JsonNode(JsonKind.Array, location, items: items);
            case JsonTokenType.String:
                return new JsonNode(JsonKind.String, location, reader.GetString());
            case JsonTokenType.Number:
                var raw = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                return new JsonNode(JsonKind.Number, location, raw, reader.GetDouble());
            case JsonTokenType.True:
                return new JsonNode(JsonKind.True, location);
            case JsonTokenType.False:
                return new JsonNode(JsonKind.False, location);
            case JsonTokenType.Null:
                return new JsonNode(JsonKind.Null, location);
            default:
                throw new JsonException($"Unexpected token {reader.TokenType}.", null, null, reader.TokenStartIndex);
        }
    }

    /// <summary>The reader's message without its "LineNumber: … | BytePositionInLine: …" tail (the location says it).</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.') + ".";
    }
}
