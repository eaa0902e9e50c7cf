using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Text;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// A paragraph's spans change between frames: an inline element that gains a box of its own (even
/// through a paint-only property, which dirties no layout) splits the paragraph, and losing it again
/// on a layout change joins it back.
/// </summary>
public sealed class ParagraphSplitTests : System.IDisposable
{
    private readonly FontSystem _fonts = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _fonts.Dispose();

    /// <summary>page &gt; view.p &gt; ["Price: ", text &gt; "¥99", " each"].</summary>
    private PageDocument NewPage()
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), _diagnostics);
        page.Cascade.AddStyleSheet(".p { width: 200px; } .pill { opacity: 0.5; } .mark { background-color: #eeeeee; } .pad { padding: 0 4%; }", "page.wxss");
        var w = new OpStreamWriter();
        w.CreateElement(2, "view", "wx-view");
        w.AddClass(2, "p");
        w.CreateText(3, "Price: ");
        w.CreateElement(4, "text", "wx-text");
        w.CreateText(5, "¥99");
        w.CreateText(6, " each");
        w.AppendChild(4, 5);
        w.AppendChild(2, 3);
        w.AppendChild(2, 4);
        w.AppendChild(2, 6);
        w.AppendChild(1, 2);
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);
        return page;
    }

    [Fact]
    public void A_span_that_gains_opacity_leaves_the_paragraph_and_is_painted_as_its_own_box()
    {
        var page = NewPage();
        var view = page.Store.Resolve(2).Index;
        var span = page.Store.Resolve(4).Index;
        var tree = page.Boxes.View;
        Assert.NotNull(tree.Text(view));
        Assert.False(page.Boxes.IsBox(span));

        var w = new OpStreamWriter();
        w.AddClass(4, "pill");
        page.Apply(w.Finish());
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);

        Assert.Null(tree.Text(view));
        Assert.Equal(3, tree.ChildCount(view));
        Assert.True(page.Boxes.IsBox(span));
        Assert.Equal("¥99", page.Boxes.GetParagraph(span, page.Boxes.Measurer)!.Text);
        Assert.True(tree.Box(span).X > 0);
    }

    [Fact]
    public void A_span_that_gains_a_background_color_stays_in_the_paragraph()
    {
        // A background color is painted per line fragment (Sparrow.Paint's InlineFragments): no box needed.
        var page = NewPage();
        var view = page.Store.Resolve(2).Index;
        var span = page.Store.Resolve(4).Index;
        var w = new OpStreamWriter();
        w.AddClass(4, "mark");
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);

        Assert.NotNull(page.Boxes.View.Text(view));
        Assert.False(page.Boxes.IsBox(span));
        Assert.Equal(span, page.Boxes.SpanElement(view, 1));
    }

    [Fact]
    public void A_span_that_loses_its_padding_joins_the_paragraph_again()
    {
        var page = NewPage();
        var view = page.Store.Resolve(2).Index;
        var w = new OpStreamWriter();
        w.AddClass(4, "pad");
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);
        Assert.Null(page.Boxes.View.Text(view));

        w = new OpStreamWriter();
        w.RemoveClass(4, "pad");
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);

        var layout = page.Boxes.View.Text(view);
        Assert.NotNull(layout);
        Assert.Equal(0, page.Boxes.View.ChildCount(view));
        Assert.Equal("Price: ¥99 each", page.Boxes.GetParagraph(view, page.Boxes.Measurer)!.Text);
        Assert.Equal(layout.Height, page.Boxes.View.Box(view).Height, 2);
    }
}
