using System.Globalization;
using System.Runtime.CompilerServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// The distinct bytes a steady-state pass reads or writes for one node it lays out again (the reading of issue 5's
/// "layout-hot data per node" in this project's README), from the sizes of what the pass touches, each field
/// counted once: the node's style (its handle, plus the shared copy amortised over the nodes that share the
/// table), one cache entry, the box (placing writes it, the rounding walk reads it), the rounded box, the
/// rounding walk's memo, and the edges flag placing checks. For the benchmarks' bytes-per-node line and the
/// size tests; not measured traffic.
/// <para>
/// Not counted, because such a pass does not touch them: the <see cref="LayoutEdges"/> column (placing writes it
/// only when the node's style changed, the percentage basis differs from the one its edges were resolved
/// against, which the cache entry just read or written tells, or its used margin is not its style's;
/// <see cref="LayoutCache.EdgesCurrent"/>), and content size and
/// baseline (they are in the cache entry already counted, not copied by placing).
/// </para>
/// </summary>
internal static class HotBytes
{
    /// <summary>A node's style handle (an index into <see cref="LayoutStyleTable"/>).</summary>
    public const int StyleHandle = sizeof(int);

    /// <summary>The rounding walk's memo in <see cref="LayoutCache"/>: pass stamp, unrounded absolute x and y.</summary>
    public const int RoundingMemo = 3 * sizeof(float);

    /// <summary>
    /// The edges flag in <see cref="LayoutCache"/> that placing reads (whether the resolved edges are current; the
    /// percentage basis it is checked against is the cache entry's parent width, counted with the entry).
    /// </summary>
    public const int EdgesMemo = sizeof(bool);

    /// <summary>One cache entry, read on a hit and written after a layout (a size-only question may touch two).</summary>
    public static int CacheEntry => Unsafe.SizeOf<CacheEntry>();

    /// <summary>The box: placing writes x, y, width and height, the rounding walk reads the same bytes.</summary>
    public static int Box => 4 * sizeof(float);

    /// <summary>The rounded box the rounding walk writes.</summary>
    public static int Rounded => Unsafe.SizeOf<Rect>();

    /// <summary>A shared style's bytes amortised over the nodes of a store holding <paramref name="distinctStyles"/> styles for <paramref name="nodes"/> nodes.</summary>
    public static double SharedStyle(int distinctStyles, int nodes) =>
        nodes == 0 ? 0 : (double)distinctStyles * Unsafe.SizeOf<LayoutStyle>() / nodes;

    /// <summary>The total per node laid out again.</summary>
    public static double PerNode(int distinctStyles, int nodes) =>
        StyleHandle + SharedStyle(distinctStyles, nodes) + CacheEntry + Box + Rounded + RoundingMemo + EdgesMemo;

    /// <summary>The total and its parts, as the benchmarks print them.</summary>
    public static string Describe(int distinctStyles, int nodes) => string.Create(
        CultureInfo.InvariantCulture,
        $"{PerNode(distinctStyles, nodes):0.0} B per node laid out again (style handle {StyleHandle} + shared style {SharedStyle(distinctStyles, nodes):0.0} ({distinctStyles} x {Unsafe.SizeOf<LayoutStyle>()} over {nodes} nodes) + cache entry {CacheEntry} + box {Box} + rounded {Rounded} + rounding memo {RoundingMemo} + edges flag {EdgesMemo}; edges column {Unsafe.SizeOf<LayoutEdges>()} not touched)");
}
