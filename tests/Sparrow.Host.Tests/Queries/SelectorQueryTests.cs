using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Xunit;

namespace Sparrow.Host.Tests.Queries;

/// <summary>
/// wx.createSelectorQuery and this.createSelectorQuery on tests/data/queries, pages/feed: selectors
/// resolved by glass-easel on the logic side, rects from the render side's layout.
/// </summary>
public sealed class SelectorQueryTests
{
    [Fact]
    public void SelectAll_rects_are_the_LayoutDump_boxes_less_the_scroll_offset()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        session.ScrollPageTo(230);
        session.Settle();
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, """
            wx.createSelectorQuery().selectAll('.row').boundingClientRect().selectViewport().scrollOffset()
              .exec((res) => globalThis.__log.push(JSON.stringify(res)));
            """);
        var log = QueryPackage.TakeLog(session);
        var result = Assert.Single(log);
        using var doc = JsonDocument.Parse(result);
        var rows = doc.RootElement[0].EnumerateArray().ToArray();
        var boxes = RowBoxes(session);
        Assert.Equal(20, rows.Length);
        Assert.Equal(boxes.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var (x, y, width, height) = boxes[i];
            Assert.Equal($"row{i}", rows[i].GetProperty("id").GetString());
            Assert.Equal(i, rows[i].GetProperty("dataset").GetProperty("index").GetInt32());
            Assert.Equal(x, rows[i].GetProperty("left").GetDouble());
            Assert.Equal(y - 230, rows[i].GetProperty("top").GetDouble());
            Assert.Equal(width, rows[i].GetProperty("width").GetDouble());
            Assert.Equal(height, rows[i].GetProperty("height").GetDouble());
            Assert.Equal(y - 230 + height, rows[i].GetProperty("bottom").GetDouble());
            Assert.Equal(x + width, rows[i].GetProperty("right").GetDouble());
        }

        var viewport = doc.RootElement[1];
        Assert.Equal(230, viewport.GetProperty("scrollTop").GetDouble());
        Assert.Equal(2070, viewport.GetProperty("scrollHeight").GetDouble());
        Assert.Equal(375, viewport.GetProperty("scrollWidth").GetDouble());
        Assert.Equal(1, session.RenderRequestCount - 1); // the page's config, then this query: one request per exec
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void In_a_component_selects_inside_its_shadow_tree_and_the_components_own_query_does_too()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, """
            const page = getCurrentPages()[0];
            const card = page.selectComponent('#card');
            wx.createSelectorQuery().select('#title').boundingClientRect((r) => globalThis.__log.push(`page title ${r.top} ${r.height}`))
              .in(card).select('#title').boundingClientRect((r) => globalThis.__log.push(`in card ${r.top} ${r.height}`))
              .select('.row').boundingClientRect((r) => globalThis.__log.push(`row in card ${r}`))
              .exec(() => globalThis.__log.push('exec'));
            card.measure();
            """);
        Assert.Equal(["page title 0 30", "in card 30 40", "row in card null", "exec", "card title 30 40"], QueryPackage.TakeLog(session));
    }

    [Fact]
    public void Fields_give_id_dataset_size_computed_style_and_component_properties()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, """
            wx.createSelectorQuery().select('#row2').fields({ id: true, dataset: true, size: true, computedStyle: ['backgroundColor', 'height'] })
              .select('#card').fields({ properties: ['label'], rect: true })
              .exec((res) => globalThis.__log.push(JSON.stringify(res)));
            """);
        Assert.Equal(
            ["""[{"id":"row2","dataset":{"index":2},"width":375,"height":"100px","backgroundColor":"rgb(10, 20, 30)"},{"left":0,"top":30,"right":375,"bottom":70,"label":"first"}]"""],
            QueryPackage.TakeLog(session));
    }

    /// <summary>The rows' boxes as <see cref="LayoutDump"/> writes them (page coordinates at scroll 0), in document order.</summary>
    private static List<(double X, double Y, double Width, double Height)> RowBoxes(HeadlessSession session)
    {
        session.RenderFrame(capture: false);
        using var dump = JsonDocument.Parse(LayoutDump.ToJson(session.CurrentPage!));
        var boxes = new List<(double, double, double, double)>();
        Collect(dump.RootElement, boxes);
        return boxes;
    }

    private static void Collect(JsonElement box, List<(double, double, double, double)> boxes)
    {
        if (box.GetProperty("tag").GetString() == "wx-view" && box.GetProperty("height").GetDouble() == QueryPackage.RowHeight)
        {
            boxes.Add((box.GetProperty("x").GetDouble(), box.GetProperty("y").GetDouble(), box.GetProperty("width").GetDouble(), box.GetProperty("height").GetDouble()));
        }

        foreach (var child in box.GetProperty("children").EnumerateArray())
        {
            Collect(child, boxes);
        }
    }
}
