namespace Sparrow.Script;

/// <summary>V8 heap figures of one runtime, in bytes.</summary>
public readonly record struct HeapStatistics(long UsedBytes, long TotalBytes, long LimitBytes, long ExternalBytes);
