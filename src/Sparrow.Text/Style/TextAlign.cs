namespace Sparrow.Text;

/// <summary>CSS Text 3 §6.1 <c>text-align</c> (start/end resolved by the caller for LTR blocks).</summary>
public enum TextAlign : byte
{
    Left = 0,
    Right = 1,
    Center = 2,
    Justify = 3,
}
