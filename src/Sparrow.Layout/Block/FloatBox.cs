namespace Sparrow.Layout;

/// <summary>One placed float's margin box, in the coordinates of its block formatting context root's border box.</summary>
internal struct FloatBox
{
    public FloatSide Side;
    public float Left;
    public float Top;
    public float Right;
    public float Bottom;
}
