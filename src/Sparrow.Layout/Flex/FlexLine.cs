namespace Sparrow.Layout;

/// <summary>A flex line: a run of items in the pass's item array, its cross size and its offset from the container's cross-start.</summary>
internal struct FlexLine
{
    public int Start;
    public int Count;
    public float CrossSize;
    public float OffsetCross;

    public FlexLine(int start, int count)
    {
        Start = start;
        Count = count;
        CrossSize = 0;
        OffsetCross = 0;
    }
}
