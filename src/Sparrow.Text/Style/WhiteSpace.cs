namespace Sparrow.Text;

/// <summary>CSS Text 3 §3 <c>white-space</c>: whether spaces collapse, newlines are kept, lines wrap.</summary>
public enum WhiteSpace : byte
{
    Normal = 0,
    NoWrap = 1,
    Pre = 2,
    PreWrap = 3,
    PreLine = 4,
}
