namespace Sparrow.Layout;

/// <summary>What <see cref="FloatContext.Begin"/> saved of the enclosing block formatting context.</summary>
internal readonly record struct BfcMark(int Start, float OffsetX, float OffsetY);
