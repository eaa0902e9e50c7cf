using System.Globalization;
using System.Runtime.CompilerServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// The bytes a steady-state pass reads or writes for one node it lays out again (the reading of issue 5's
/// "layout-hot data per node" in this project's README), from the sizes of what the pass touches: the
/// node's style (its handle, plus the shared copy amortised over the nodes that share the table), one
/// cache entry, the part of <see cref="LayoutResult"/> that placing a box writes, and what the rounding
/// walk reads and writes. For the benchmarks' bytes-per-node line and the size tests; not measured traffic.
/// </summary>
internal static class HotBytes
{
    /// <summary>A node's style handle (an index into <see cref="LayoutStyleTable"/>).</summary>
    public const int StyleHandle = sizeof(int);

    /// <summary>The rounding walk's memo in <see cref="LayoutCache"/>: pass stamp, unrounded absolute x and y.</summary>
    public const int RoundingMemo = 3 * sizeof(float);

    /// <summary>One cache entry, read on a hit and written after a layout (a size-only question may touch two).</summary>
    public static int CacheEntry => Unsafe.SizeOf<CacheEntry>();

    /// <summary>What placing a box writes: everything in <see cref="LayoutResult"/> but the static position and <see cref="LayoutResult.Rounded"/>.</summary>
    public static int Placed => Unsafe.SizeOf<LayoutResult>() - (2 * sizeof(float)) - Unsafe.SizeOf<Rect>();

    /// <summary>The rounding walk: reads the box (x, y, width, height), writes the rounded box and the memo.</summary>
    public static int Rounding => (4 * sizeof(float)) + Unsafe.SizeOf<Rect>() + RoundingMemo;

    /// <summary>A shared style's bytes amortised over the nodes of a store holding <paramref name="distinctStyles"/> styles for <paramref name="nodes"/> nodes.</summary>
    public static double SharedStyle(int distinctStyles, int nodes) =>
        nodes == 0 ? 0 : (double)distinctStyles * Unsafe.SizeOf<LayoutStyle>() / nodes;

    /// <summary>The total per node laid out again.</summary>
    public static double PerNode(int distinctStyles, int nodes) =>
        StyleHandle + SharedStyle(distinctStyles, nodes) + CacheEntry + Placed + Rounding;

    /// <summary>The total and its parts, as the benchmarks print them.</summary>
    public static string Describe(int distinctStyles, int nodes) => string.Create(
        CultureInfo.InvariantCulture,
        $"{PerNode(distinctStyles, nodes):0.0} B per node laid out again (style handle {StyleHandle} + shared style {SharedStyle(distinctStyles, nodes):0.0} ({distinctStyles} x {Unsafe.SizeOf<LayoutStyle>()} over {nodes} nodes), cache entry {CacheEntry}, placed result {Placed}, rounding {Rounding})");
}
