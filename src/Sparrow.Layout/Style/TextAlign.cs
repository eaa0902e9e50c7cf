namespace Sparrow.Layout;

/// <summary>CSS <c>text-align</c> of a block's line boxes (inherited; the adapter passes the computed value).</summary>
public enum TextAlign : byte
{
    Left = 0,
    Right,
    Center,
    Justify,
}
