using System;
using System.Collections.Generic;
using System.Text.Json;
using Sparrow.Core;

namespace Sparrow.Host.Input;

/// <summary>
/// Reads an input script (docs/input-script.md): a JSON array of actions, comments and trailing
/// commas allowed. A malformed file is one diagnostic at the reader's line and column; an action it
/// cannot understand is one diagnostic (<see cref="HostDiagnosticCodes.BadInputAction"/>) at the
/// action's opening brace, and the others are still read. Entry point: <see cref="Read"/>.
/// </summary>
public static partial class InputScriptReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The actions of <paramref name="utf8"/> (the text of <paramref name="file"/>) that could be read, in order.</summary>
    public static IReadOnlyList<InputAction> Read(string file, ReadOnlySpan<byte> utf8, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var actions = new List<InputAction>();
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, "an input script is a JSON array of actions", Locate(file, utf8, reader.TokenStartIndex)));
                return actions;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var location = Locate(file, utf8, reader.TokenStartIndex);
                using var element = JsonDocument.ParseValue(ref reader);
                if (TryAction(element.RootElement, location, out var action, out var error))
                {
                    actions.Add(action);
                }
                else
                {
                    diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, error, location));
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadInputAction, "the input script is not valid JSON: " + FirstSentence(e.Message), new SourceLocation(file, line, column)));
        }

        return actions;
    }

    /// <summary>1-based line and column (in characters) of byte <paramref name="offset"/>.</summary>
    private static SourceLocation Locate(string file, ReadOnlySpan<byte> utf8, long offset)
    {
        var line = 1;
        var column = 1;
        var end = (int)Math.Min(offset, utf8.Length);
        for (var i = 0; i < end; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourceLocation(file, line, column);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
