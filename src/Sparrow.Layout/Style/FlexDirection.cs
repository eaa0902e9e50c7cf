namespace Sparrow.Layout;

/// <summary>CSS <c>flex-direction</c>. The initial value is <c>row</c> as in CSS (Yoga's is column).</summary>
public enum FlexDirection : byte
{
    Row = 0,
    RowReverse,
    Column,
    ColumnReverse,
}
