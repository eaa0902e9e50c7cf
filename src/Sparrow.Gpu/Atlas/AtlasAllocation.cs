namespace Sparrow.Gpu;

/// <summary>A rectangle handed out by <see cref="ShelfAllocator"/>; <see cref="Shelf"/> is needed to free it.</summary>
public readonly record struct AtlasAllocation(int X, int Y, int Width, int Height, int Shelf);
