using System.Threading;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Text;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>A page nested 10,000 views deep is laid out whole (on the layout thread), with no SP1106.</summary>
public sealed class DeepPageTests : System.IDisposable
{
    private const int Levels = 10_000;

    private readonly FontSystem _fonts = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _fonts.Dispose();

    /// <summary>page &gt; <see cref="Levels"/> nested wx-views of class "v", the innermost also of class "leaf".</summary>
    private static byte[] ChainOps()
    {
        var w = new OpStreamWriter();
        w.CreateElement(2, "page", "page");
        for (var i = 0; i < Levels; i++)
        {
            w.CreateElement((uint)(3 + i), "view", "wx-view");
            w.AddClass((uint)(3 + i), "v");
        }

        w.AddClass((uint)(3 + Levels - 1), "leaf");
        for (var i = Levels - 1; i > 0; i--)
        {
            w.AppendChild((uint)(3 + i - 1), (uint)(3 + i));
        }

        w.AppendChild(2, 3);
        w.AppendChild(1, 2);
        return w.Finish();
    }

    private static byte[] AddClass(uint id, string cls)
    {
        var w = new OpStreamWriter();
        w.AddClass(id, cls);
        return w.Finish();
    }

    /// <summary>The innermost box and its page position, walking first children (no recursion).</summary>
    private static (int Node, float X, float Y) Deepest(PageDocument page)
    {
        var tree = page.Boxes.View;
        var node = page.Root;
        float x = 0, y = 0;
        while (true)
        {
            x += page.Boxes.GetLayout(node).X;
            y += page.Boxes.GetLayout(node).Y;
            if (tree.ChildCount(node) == 0)
            {
                return (node, x, y);
            }

            node = tree.GetChild(node, 0);
        }
    }

    [Fact]
    public void A_page_nested_ten_thousand_deep_is_laid_out_whole_with_the_leaf_in_place()
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), _diagnostics) { Route = "pages/deep/deep" };
        page.Cascade.AddStyleSheet(".v { padding: 1px 0 0 1px; } .leaf { width: 10px; height: 10px; } .tall { height: 30px; }", "page.wxss");
        Assert.Equal(0, page.Apply(ChainOps()).Rejected);

        // The test runner's thread has a stack far too small for 10,000 levels (about 1.8 KiB each).
        var laidOut = false;
        var thread = new Thread(() => laidOut = page.Update(new Size(375, 667), 2).LaidOut, 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.True(laidOut);
        var (leaf, x, y) = Deepest(page);
        Assert.Equal(Levels - 1, x);
        Assert.Equal(Levels - 1, y);
        // 10 px of content and the 1 px of padding every view has (content-box).
        Assert.Equal(11, page.Boxes.GetLayout(leaf).Width);
        Assert.Equal(11, page.Boxes.GetLayout(leaf).Height);
        Assert.Equal(Levels + 10, page.ContentHeight);

        // A later change at the bottom is laid out again (on the layout thread, incrementally).
        page.Apply(AddClass((uint)(3 + Levels - 1), "tall"));
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);
        Assert.Equal(31, page.Boxes.GetLayout(Deepest(page).Node).Height);
        Assert.Equal(Levels + 30, page.ContentHeight);

        Assert.DoesNotContain(_diagnostics.Snapshot(), d => d.Code == HostDiagnosticCodes.LayoutTooDeep);
    }
}
