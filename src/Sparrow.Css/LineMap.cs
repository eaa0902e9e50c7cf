using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>Turns UTF-16 offsets of a source text into 1-based line and column for diagnostics.</summary>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];
    private readonly string _file;

    public LineMap(string file, string source)
    {
        _file = file;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public SourceLocation At(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(_file, line + 1, offset - _starts[line] + 1);
    }
}
