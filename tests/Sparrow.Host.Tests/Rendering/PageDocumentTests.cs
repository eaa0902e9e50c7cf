using System.Text.Json;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Text;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

public sealed class PageDocumentTests : System.IDisposable
{
    private readonly FontSystem _fonts = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _fonts.Dispose();

    private PageDocument NewPage(string wxss)
    {
        var page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), _diagnostics);
        page.Cascade.AddStyleSheet(wxss, "page.wxss");
        return page;
    }

    /// <summary>page &gt; wx-x (page host) &gt; wx-view.a &gt; [wx-view.b, wx-text &gt; "hello"], the shape glass-easel sends.</summary>
    private static byte[] CardOps()
    {
        var w = new OpStreamWriter();
        w.CreateElement(2, "page", "page");
        w.CreateElement(3, "view", "wx-view");
        w.AddClass(3, "a");
        w.CreateElement(4, "view", "wx-view");
        w.AddClass(4, "b");
        w.CreateElement(5, "text", "wx-text");
        w.CreateText(6, "hello world");
        w.AppendChild(5, 6);
        w.AppendChild(3, 4);
        w.AppendChild(3, 5);
        w.AppendChild(2, 3);
        w.AppendChild(1, 2);
        return w.Finish();
    }

    [Fact]
    public void A_page_lays_out_blocks_and_text_from_its_op_batches()
    {
        var page = NewPage(".a { padding: 10px; } .b { height: 20px; margin-bottom: 5px; background: red; }");
        Assert.Equal(0, page.Apply(CardOps()).Rejected);
        var stats = page.Update(new Size(375, 667), 2);
        Assert.True(stats.LaidOut);
        Assert.Empty(_diagnostics.Snapshot());

        var tree = page.Boxes.View;
        var host = tree.GetChild(page.Root, 0);
        var a = tree.GetChild(host, 0);
        Assert.Equal(2, tree.ChildCount(a));
        var b = tree.GetChild(a, 0);
        var text = tree.GetChild(a, 1);
        Assert.Equal(10, tree.Box(b).X);
        Assert.Equal(10, tree.Box(b).Y);
        Assert.Equal(355, tree.Box(b).Width);
        Assert.Equal(35, tree.Box(text).Y);
        Assert.True(tree.Box(text).Width > 50);
        Assert.True(tree.Box(text).Height > 10);
        Assert.NotNull(tree.Text(text)); // wx-text with only text children is one paragraph
        Assert.Equal(0, tree.ChildCount(text));
        Assert.Equal(tree.Box(text).Height + 45, tree.Box(a).Height, 2); // 10 + 20 + 5 + text + 10
    }

    [Fact]
    public void An_unchanged_page_does_not_lay_out_again_and_a_text_change_does()
    {
        var page = NewPage(".a { padding: 10px; }");
        page.Apply(CardOps());
        page.Update(new Size(375, 667), 2);
        Assert.False(page.Update(new Size(375, 667), 2).LaidOut);

        var w = new OpStreamWriter();
        w.SetText(6, "a much longer text that will certainly need more room than before");
        page.Apply(w.Finish());
        var tree = page.Boxes.View;
        var text = tree.GetChild(tree.GetChild(tree.GetChild(page.Root, 0), 0), 1);
        var before = tree.Box(text).Width;
        Assert.True(page.Update(new Size(375, 667), 2).LaidOut);
        Assert.True(tree.Box(text).Width > before);
        Assert.Equal(1, page.Boxes.ParagraphsBuilt);
    }

    [Fact]
    public void Display_none_and_collapsible_space_generate_no_box_and_virtual_hosts_are_flattened()
    {
        var page = NewPage(".gone { display: none; }");
        var w = new OpStreamWriter();
        w.CreateElement(2, "view", "wx-view");
        w.CreateElement(3, "view", "wx-view");
        w.AddClass(3, "gone");
        w.CreateText(4, "  \n ");
        w.CreateVirtualHost(5, "my-comp");
        w.CreateElement(6, "view", "wx-view");
        w.AppendChild(5, 6);
        w.AppendChild(2, 3);
        w.AppendChild(2, 4);
        w.AppendChild(2, 5);
        w.AppendChild(1, 2);
        page.Apply(w.Finish());
        page.Update(new Size(375, 667), 2);
        var tree = page.Boxes.View;
        var top = tree.GetChild(page.Root, 0);
        Assert.Equal(1, tree.ChildCount(top));
        Assert.Equal(page.Store.Resolve(6).Index, tree.GetChild(top, 0));
    }

    [Fact]
    public void The_layout_dump_lists_element_boxes_in_page_coordinates()
    {
        var page = NewPage(".a { padding: 10px; } .b { height: 20px; }");
        page.Apply(CardOps());
        page.Update(new Size(375, 667), 2);
        using var json = JsonDocument.Parse(LayoutDump.ToJson(page));
        var top = json.RootElement;
        Assert.Equal("wx-page", top.GetProperty("tag").GetString());
        var b = top.GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal("wx-view", b.GetProperty("tag").GetString());
        Assert.Equal(10, b.GetProperty("x").GetDouble());
        Assert.Equal(10, b.GetProperty("y").GetDouble());
        Assert.Equal(355, b.GetProperty("width").GetDouble());
    }
}
