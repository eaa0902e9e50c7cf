using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Text;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// An inline element whose padding changes between frames stays in its paragraph: the paragraph is rebuilt
/// with the new edges, and the line widens or narrows by them.
/// </summary>
public sealed class InlineEdgeChangeTests : System.IDisposable
{
    private readonly FontSystem _fonts = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void A_span_that_gains_padding_stays_in_the_paragraph_and_its_line_widens_by_it()
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), _diagnostics);
        page.Cascade.AddStyleSheet(".p { width: 200px; } .pad { padding: 0 7px; border-left: 3px solid #000000; }", "page.wxss");
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
        var view = page.Store.Resolve(2).Index;
        var span = page.Store.Resolve(4).Index;
        var plain = page.Boxes.View.Text(view)!.Width;

        w = new OpStreamWriter();
        w.AddClass(4, "pad");
        page.Apply(w.Finish());
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);
        Assert.False(page.Boxes.IsBox(span));
        var padded = page.Boxes.View.Text(view)!;
        Assert.Equal(plain + 17, padded.Width, 3);
        var fragment = Assert.Single(padded.InlineBoxFragments);
        Assert.Equal(span, fragment.Tag);

        w = new OpStreamWriter();
        w.RemoveClass(4, "pad");
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);
        Assert.Equal(plain, page.Boxes.View.Text(view)!.Width, 3);
        Assert.Empty(page.Boxes.View.Text(view)!.InlineBoxFragments);
    }
}
