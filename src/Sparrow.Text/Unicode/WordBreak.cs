namespace Sparrow.Text;

/// <summary>CSS Text 3 §5.2 <c>word-break</c>.</summary>
public enum WordBreak : byte
{
    Normal = 0,
    BreakAll = 1,
    KeepAll = 2,
}
