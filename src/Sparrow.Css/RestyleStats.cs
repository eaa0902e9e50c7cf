namespace Sparrow.Css;

/// <summary>What one <see cref="Cascade.Apply"/> did: how many elements it matched and computed again, and how many it marked for layout or paint.</summary>
public readonly record struct RestyleStats(int Restyled, int LayoutDirtied, int PaintDirtied, bool Full);
