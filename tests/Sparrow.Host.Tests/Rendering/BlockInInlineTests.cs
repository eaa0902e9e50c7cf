using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Text;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// CSS 2 §9.2.1.1: a block inside an inline element is laid out in the containing block's width, not
/// shrink-wrapped inside an atomic inline box (glass-easel's page host <c>wx-x</c> is such an inline).
/// </summary>
public sealed class BlockInInlineTests : System.IDisposable
{
    private readonly FontSystem _fonts = new();

    public void Dispose() => _fonts.Dispose();

    [Fact]
    public void A_block_in_an_inline_host_takes_the_page_width_and_an_inline_without_blocks_still_shrinks()
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), new DiagnosticBag());
        page.Cascade.AddStyleSheet(".card { height: 20px; margin: 0 12px; } .tag { height: 10px; width: 30px; display: inline-block; }", "page.wxss");
        var w = new OpStreamWriter();
        w.CreateElement(2, "wx-x", "wx-x"); // no user-agent style: display inline
        w.CreateElement(3, "view", "wx-view");
        w.AddClass(3, "card");
        w.CreateElement(4, "wx-x", "wx-x");
        w.CreateElement(5, "view", "wx-view");
        w.AddClass(5, "tag");
        w.AppendChild(4, 5);
        w.AppendChild(2, 3);
        w.AppendChild(2, 4);
        w.AppendChild(1, 2);
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);
        var tree = page.Boxes.View;

        Assert.Equal(375, tree.Box(page.Store.Resolve(2).Index).Width);
        Assert.Equal(351, tree.Box(page.Store.Resolve(3).Index).Width);
        Assert.Equal(30, tree.Box(page.Store.Resolve(4).Index).Width);

        // Taking the block out makes the host an inline box again.
        w = new OpStreamWriter();
        w.RemoveChild(2, 3);
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);
        Assert.Equal(30, tree.Box(page.Store.Resolve(2).Index).Width);
    }

    [Fact]
    public void The_margins_of_a_block_in_the_page_host_count_in_the_page_height()
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), new DiagnosticBag());
        page.Cascade.AddStyleSheet(".tall { height: 1000px; margin: 20px 0; }", "page.wxss");
        var w = new OpStreamWriter();
        w.CreateElement(2, "wx-x", "wx-x");
        w.CreateElement(3, "view", "wx-view");
        w.AddClass(3, "tall");
        w.AppendChild(2, 3);
        w.AppendChild(1, 2);
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);

        // A browser's document is 20 + 1000 + 20 px tall: the margins collapse through the body, which
        // the html element contains. Here they collapse through the page host and the root as through
        // the body (the root moves down by 20), and the page's height takes them in as html does.
        Assert.Equal(0, page.Boxes.GetLayout(page.Store.Resolve(3).Index).Y);
        Assert.Equal(20, page.Boxes.GetLayout(page.Root).Y);
        Assert.Equal(1040, page.ContentHeight);
    }
}
