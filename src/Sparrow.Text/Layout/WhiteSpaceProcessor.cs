using System.Collections.Generic;
using System.Text;

namespace Sparrow.Text;

/// <summary>
/// CSS Text 3 §4.1.1 white-space processing, phase I (collapsing and transformation), before line
/// breaking. Phase II (removing/hanging spaces at line ends) happens in line breaking.
/// https://www.w3.org/TR/css-text-3/#white-space-phase-1
/// </summary>
internal static class WhiteSpaceProcessor
{
    public static string Process(string text, WhiteSpace mode) => Process(text, mode, null);

    /// <summary>
    /// Processes <paramref name="text"/>; when <paramref name="sourceIndex"/> is given it receives,
    /// for every UTF-16 unit of the result, the index of the unit it came from (a collapsed run of
    /// white space maps to its first character, whose inline box owns the space).
    /// </summary>
    public static string Process(string text, WhiteSpace mode, List<int>? sourceIndex)
    {
        var sb = new StringBuilder(text.Length);
        if (mode is WhiteSpace.Pre or WhiteSpace.PreWrap)
        {
            // Preserved: only CR LF and lone CR become one segment break (§4.1.1 step 1 normalises them).
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                sb.Append(c == '\r' ? '\n' : c);
                sourceIndex?.Add(i);
            }

            return sb.ToString();
        }

        bool keepNewlines = mode == WhiteSpace.PreLine;
        int pendingSpace = -1;
        bool pendingNewline = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (c is '\n' or '\r' && keepNewlines)
                {
                    // Spaces and tabs around a preserved segment break are removed (§4.1.1 step 1).
                    sourceIndex?.Add(i);
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append('\n');
                    pendingSpace = -1;
                    pendingNewline = true;
                    continue;
                }

                // §4.1.3 segment break transformation: a segment break becomes a space. The
                // optional rule removing it between East Asian wide characters is not applied,
                // because Chromium does not apply it either.
                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                continue;
            }

            // A collapsible space at the start of the block or right after a preserved newline is
            // removed (§4.1.2 phase II, step 1, applied early: it can only ever start a line).
            if (pendingSpace >= 0 && sb.Length > 0 && !pendingNewline)
            {
                sb.Append(' ');
                sourceIndex?.Add(pendingSpace);
            }

            pendingSpace = -1;
            pendingNewline = false;
            sb.Append(c);
            sourceIndex?.Add(i);
        }

        // Trailing collapsible spaces at the end of the block are removed (phase II, step 1).
        return sb.ToString();
    }
}
