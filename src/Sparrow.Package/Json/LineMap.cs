using System;
using System.Collections.Generic;
using System.Text;
using Sparrow.Core;

namespace Sparrow.Package.Json;

/// <summary>
/// Turns byte offsets in a UTF-8 file into 1-based line and column, counting columns in UTF-16
/// code units as editors and V8 do (a Chinese character is one column, not three bytes).
/// </summary>
internal sealed class LineMap
{
    private readonly string _file;
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineMap(string file, byte[] utf8)
    {
        _file = file;
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public SourceLocation At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)Math.Min(offset, _utf8.Length));
        var line = index >= 0 ? index : ~index - 1;
        return AtLine(line, (int)offset - _lineStarts[line]);
    }

    /// <summary>From a 0-based line and a 0-based byte position within it.</summary>
    public SourceLocation AtLine(int line, int bytePosition)
    {
        line = Math.Clamp(line, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var length = Math.Clamp(bytePosition, 0, _utf8.Length - start);
        var column = Encoding.UTF8.GetCharCount(_utf8, start, length) + 1;
        return new SourceLocation(_file, line + 1, column);
    }
}
