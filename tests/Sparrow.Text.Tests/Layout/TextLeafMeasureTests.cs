using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Layout;
using Xunit;

namespace Sparrow.Text.Tests.Layout;

/// <summary>Text leaves measured by the Text stage inside real layout passes.</summary>
public sealed class TextLeafMeasureTests : System.IDisposable
{
    private readonly FontSystem _fonts = new();
    private readonly TextMeasurer _measurer;
    private readonly Texts _texts = new();

    public TextLeafMeasureTests()
    {
        _measurer = new TextMeasurer(_fonts);
    }

    public void Dispose() => _fonts.Dispose();

    private sealed class Texts : ITextLeafSource
    {
        public Dictionary<int, (string Text, TextStyle Style)> ByNode { get; } = [];

        public Paragraph? GetParagraph(int node, TextMeasurer measurer) =>
            ByNode.TryGetValue(node, out var t) ? measurer.GetParagraph(t.Text, t.Style) : null;
    }

    private static readonly TextStyle Style = new() { Font = FontQuery.Of("DejaVu Sans"), FontSize = 16, LineHeight = LineHeight.Pixels(20) };

    private (LayoutTreeStore Tree, int Root, int Leaf) Build(string text, float containerWidth, Display display)
    {
        var tree = new LayoutTreeStore();
        var root = tree.AddNode(LayoutStyle.Default with { Display = display, Width = Length.Points(containerWidth) });
        var leaf = tree.AddNode(LayoutStyle.Default);
        tree.AppendChild(root, leaf);
        _texts.ByNode[leaf] = (text, Style);
        tree.SetMeasure(leaf, new TextLeafMeasure(_measurer, _texts));
        return (tree, root, leaf);
    }

    [Fact]
    public void A_paragraph_wraps_to_its_containers_width_and_is_as_tall_as_its_lines()
    {
        const string text = "Sparrow lays out text the way Chromium does";
        var (tree, root, leaf) = Build(text, 120, Display.Block);
        tree.Compute(root, new Size(375, 667));
        var box = tree.GetLayout(leaf);
        var expected = _measurer.Measure(text, Style, 120);
        Assert.True(expected.LineCount > 1);
        Assert.Equal(120, box.Width);
        Assert.Equal(expected.LineCount * 20, box.Height);
        Assert.Equal(expected.FirstBaseline, tree.GetBaseline(leaf), 0.01f);
    }

    [Fact]
    public void In_a_row_flex_container_a_short_text_takes_its_max_content_width()
    {
        const string text = "Hi 你好";
        var (tree, root, leaf) = Build(text, 300, Display.Flex);
        tree.Compute(root, new Size(375, 667));
        Assert.Equal(_measurer.MaxContentWidth(text, Style), tree.GetLayout(leaf).Width, 0.01f);
        Assert.Equal(20, tree.GetLayout(leaf).Height);
    }

    [Fact]
    public void A_flex_item_shrinks_no_further_than_its_longest_word()
    {
        const string text = "a extraordinarily long word";
        var (tree, root, leaf) = Build(text, 10, Display.Flex);
        tree.Compute(root, new Size(375, 667));
        Assert.Equal(_measurer.MinContentWidth(text, Style), tree.GetLayout(leaf).Width, 0.01f);
    }

    [Fact]
    public void A_leaf_without_text_measures_empty()
    {
        var tree = new LayoutTreeStore();
        var root = tree.AddNode(LayoutStyle.Default with { Display = Display.Flex, Width = Length.Points(100) });
        var leaf = tree.AddNode(LayoutStyle.Default);
        tree.AppendChild(root, leaf);
        tree.SetMeasure(leaf, new TextLeafMeasure(_measurer, _texts));
        tree.Compute(root, new Size(375, 667));
        Assert.Equal(0, tree.GetLayout(leaf).Width);
        Assert.Equal(0, tree.GetLayout(leaf).Height);
    }
}
