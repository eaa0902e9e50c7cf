using System.Runtime.CompilerServices;
using Xunit;

namespace Sparrow.Layout.Tests.Style;

public sealed class LayoutStyleTests
{
    [Fact]
    public void Enum_bit_fields_do_not_overlap()
    {
        var s = LayoutStyle.Default;
        s.Display = Display.None;
        s.Position = Position.Fixed;
        s.FlexDirection = FlexDirection.ColumnReverse;
        s.FlexWrap = FlexWrap.WrapReverse;
        s.JustifyContent = JustifyContent.SpaceEvenly;
        s.AlignItems = Align.Baseline;
        s.AlignSelf = Align.Stretch;
        s.AlignContent = AlignContent.SpaceEvenly;
        s.BoxSizing = BoxSizing.BorderBox;
        s.OverflowX = Overflow.Auto;
        s.OverflowY = Overflow.Hidden;
        s.TextAlign = TextAlign.Justify;
        s.VerticalAlign = VerticalAlign.Bottom;

        Assert.Equal(Display.None, s.Display);
        Assert.Equal(Position.Fixed, s.Position);
        Assert.Equal(FlexDirection.ColumnReverse, s.FlexDirection);
        Assert.Equal(FlexWrap.WrapReverse, s.FlexWrap);
        Assert.Equal(JustifyContent.SpaceEvenly, s.JustifyContent);
        Assert.Equal(Align.Baseline, s.AlignItems);
        Assert.Equal(Align.Stretch, s.AlignSelf);
        Assert.Equal(AlignContent.SpaceEvenly, s.AlignContent);
        Assert.Equal(BoxSizing.BorderBox, s.BoxSizing);
        Assert.Equal(Overflow.Auto, s.OverflowX);
        Assert.Equal(Overflow.Hidden, s.OverflowY);
        Assert.Equal(TextAlign.Justify, s.TextAlign);
        Assert.Equal(VerticalAlign.Bottom, s.VerticalAlign);

        s.FlexWrap = FlexWrap.NoWrap;
        Assert.Equal(FlexDirection.ColumnReverse, s.FlexDirection);
        Assert.Equal(JustifyContent.SpaceEvenly, s.JustifyContent);
    }

    [Fact]
    public void Defaults_are_css_initial_values()
    {
        var s = LayoutStyle.Default;
        Assert.Equal(Display.Block, s.Display);
        Assert.Equal(FlexDirection.Row, s.FlexDirection);
        Assert.Equal(1f, s.FlexShrink);
        Assert.True(s.Width.IsAuto);
        Assert.True(s.MinWidth.IsAuto);
        Assert.True(s.MaxWidth.IsUndefined);
        Assert.True(s.FlexBasis.IsAuto);
        Assert.True(float.IsNaN(s.AspectRatio));
        Assert.Equal(LayoutStyle.AutoZIndex, s.ZIndex);
    }

    [Fact]
    public void Style_and_output_stay_compact()
    {
        Assert.True(Unsafe.SizeOf<LayoutStyle>() <= 128, $"LayoutStyle is {Unsafe.SizeOf<LayoutStyle>()} bytes");
        Assert.True(Unsafe.SizeOf<LayoutResult>() <= 128, $"LayoutResult is {Unsafe.SizeOf<LayoutResult>()} bytes");

        // The cache column holds the full-layout entry inline and the size-only answers out of line (see
        // the byte table in src/Sparrow.Layout/README.md); it was 760 bytes with all nine entries inline.
        Assert.Equal(128, Unsafe.SizeOf<LayoutStyle>());

        // The output is split: the box and rounded box every placement writes (hot), and the resolved edges and
        // static position written only when they can have changed (cold). Content size and baseline are not
        // copied out of the cache entry.
        Assert.Equal(32, Unsafe.SizeOf<LayoutResult>());
        Assert.Equal(56, Unsafe.SizeOf<LayoutEdges>());

        // 96 bytes plus a clear counter, a reference to a multi-line flex container's line memo (FlexLineMemo)
        // and the edges flag, in the padding it had.
        Assert.True(Unsafe.SizeOf<LayoutCache>() <= 112, $"LayoutCache is {Unsafe.SizeOf<LayoutCache>()} bytes");

        // An entry has no valid flag or slot byte of its own (RunMode.None is empty; the slot is computed), so
        // the rounding walk's 12-byte memo fits in the same 96 bytes.
        Assert.Equal(72, Unsafe.SizeOf<CacheEntry>());
    }

    [Fact]
    public void Hot_bytes_per_node_add_up_from_what_a_pass_touches()
    {
        // A node's style is a 4-byte handle into the shared table (LayoutStyleTable), so a store with 16
        // distinct styles for 3,312 nodes (the benchmarks' page tree) costs 4 + 16 x 128 / 3,312 bytes of style.
        Assert.Equal(4, HotBytes.StyleHandle);
        Assert.Equal(16.0 * 128 / 3312, HotBytes.SharedStyle(16, 3312), 6);
        // Each field once: the box placing writes is the box the rounding walk reads.
        Assert.Equal(16, HotBytes.Box);
        Assert.Equal(16, HotBytes.Rounded);
        Assert.Equal(12, HotBytes.RoundingMemo);
        Assert.Equal(1, HotBytes.EdgesMemo);
        Assert.Equal(4 + (16.0 * 128 / 3312) + Unsafe.SizeOf<CacheEntry>() + 16 + 16 + 12 + 1, HotBytes.PerNode(16, 3312), 6);
    }

    [Theory]
    [InlineData(4, 11_111)] // huge-nested
    [InlineData(4, 400)] // deep-400
    [InlineData(2, 10_000)] // wide-10k
    [InlineData(2, 100_000)] // wide-100k
    [InlineData(16, 3_312)] // page
    public void Hot_bytes_per_node_stay_within_128_on_the_benchmark_trees(int distinctStyles, int nodes)
    {
        // Issue 5: "layout-hot data per node ≤ 128 bytes" (style counts from Sparrow.Benchmarks --layout-styles).
        var perNode = HotBytes.PerNode(distinctStyles, nodes);
        Assert.True(perNode <= 128, $"{perNode:0.0} bytes per node");
    }
}
