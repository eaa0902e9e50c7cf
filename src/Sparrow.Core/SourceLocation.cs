namespace Sparrow.Core;

/// <summary>A place in a user file: 1-based line and column, 0 when unknown.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None => new(string.Empty, 0, 0);

    public static SourceLocation InFile(string file) => new(file, 0, 0);

    public bool IsKnown => File.Length != 0;

    /// <summary>The compiler-style form: <c>file:line:column</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        if (File.Length == 0)
        {
            return "<unknown>";
        }

        if (Line <= 0)
        {
            return File;
        }

        return Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
    }
}
