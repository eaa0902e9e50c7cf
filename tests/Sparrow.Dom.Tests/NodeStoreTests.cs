using Xunit;

namespace Sparrow.Dom.Tests;

public class NodeStoreTests
{
    [Fact]
    public void A_new_store_holds_only_the_root()
    {
        var f = new DomFixture();
        Assert.Equal(1, f.Store.LiveCount);
        Assert.Equal(f.Store.Root, f.Store.Resolve(NodeStore.RootHandle));
        Assert.Equal("page @1\n", f.Dump());
    }

    [Fact]
    public void Elements_text_and_attributes_appear_in_the_dump()
    {
        var f = new DomFixture();
        f.Element(2, "view");
        f.Batch.SetId(2, "main");
        f.Batch.AddClass(2, f.A("card"), 3);
        f.Batch.AddClass(2, f.A("global"));
        f.Batch.SetAttribute(2, f.A("hidden"), "true", AttributeValueKind.True);
        f.Batch.SetDataset(2, f.A("index"), "7");
        f.Batch.SetStyle(2, "color: red");
        f.Batch.CreateText(3, "hi \"there\"");
        f.Batch.AppendChild(2, 3);
        f.Batch.SetStyleScope(2, 3, 4, 5);
        Assert.Equal(new ApplyResult(11, 0), f.Flush());
        Assert.Equal(
            "page @1\n" +
            "  view @2 #main scope=3+4 host=5 .card:3 .global [hidden=\"true\"] data-index=\"7\" style=\"color: red\"\n" +
            "    \"hi \\\"there\\\"\" @3\n",
            f.Dump());
        f.AssertNoDiagnostics();
    }

    [Fact]
    public void A_released_slot_is_reused_with_a_new_generation_and_the_old_id_is_stale()
    {
        var f = new DomFixture();
        f.Element(2, "view");
        f.Flush();
        var old = f.Store.Resolve(2);
        f.Batch.RemoveChild(NodeStore.RootHandle, 2);
        f.Batch.Release(2);
        f.Flush();
        Assert.False(f.Store.IsLive(old));
        Assert.True(f.Store.Resolve(2).IsNone);

        f.Element(9, "text");
        f.Flush();
        var reused = f.Store.Resolve(9);
        Assert.Equal(old.Index, reused.Index);
        Assert.NotEqual(old.Generation, reused.Generation);
        Assert.False(f.Store.IsLive(old));
        Assert.True(f.Store.IsLive(reused));
    }

    [Fact]
    public void Columns_grow_past_the_initial_capacity()
    {
        var f = new DomFixture();
        for (uint h = 2; h < 1000; h++)
        {
            f.Element(h, "view", h == 2 ? NodeStore.RootHandle : h - 1);
        }

        f.Flush();
        Assert.Equal(999, f.Store.LiveCount);
        Assert.Equal(f.A("view"), f.Store.Tag[f.Store.Resolve(999).Index]);
        f.AssertNoDiagnostics();
    }

    [Fact]
    public void Release_detaches_children_which_stay_alive_until_their_own_release()
    {
        var f = new DomFixture();
        f.Element(2, "view");
        f.Element(3, "view", 2);
        f.Batch.Release(2);
        f.Flush();
        var child = f.Store.Resolve(3);
        Assert.True(f.Store.IsLive(child));
        Assert.Equal(-1, f.Store.Parent[child.Index]);
        Assert.Equal("page @1\n", f.Dump());
        Assert.False(f.Store.IsConnected(child.Index));
    }

    [Fact]
    public void The_style_sheet_list_follows_append_and_disable()
    {
        var f = new DomFixture();
        f.Batch.RegisterStyleSheet("app.wxss", ".a{}");
        f.Batch.AppendStyleSheet("app.wxss", 0);
        f.Batch.AppendStyleSheet("pages/index.wxss", 1);
        f.Batch.DisableStyleSheet(0);
        f.Batch.DisableStyleSheet(5);
        Assert.Equal(new ApplyResult(4, 1), f.Flush());
        Assert.Equal(2, f.Store.StyleSheets.Count);
        Assert.Equal(new StyleSheetEntry("app.wxss", 0, ".a{}", Disabled: true), f.Store.StyleSheets[0]);
        Assert.Null(f.Store.StyleSheets[1].Content);
        Assert.Equal([DomDiagnosticCodes.InvalidOperand], f.Codes());
    }

    [Fact]
    public void Attribute_values_keep_their_kind_and_string_form()
    {
        var f = new DomFixture();
        var w = new OpStreamWriter();
        w.CreateElement(2, "view", "view");
        w.SetAttribute(2, "n", 1.5);
        w.SetAttribute(2, "i", 3.0);
        w.SetAttribute(2, "b", false);
        var batch = new OpBatch();
        var names = new OpStreamNames(f.Atoms);
        Assert.True(OpStreamReader.Read(w.Finish(), names, batch, f.Diagnostics));
        f.Store.Apply(batch, f.Diagnostics);
        var n = f.Store.Resolve(2).Index;
        Assert.Equal("1.5", f.Store.GetAttribute(n, f.A("n")));
        Assert.Equal("3", f.Store.GetAttribute(n, f.A("i")));
        Assert.Equal("false", f.Store.GetAttribute(n, f.A("b")));
        Assert.Equal(AttributeValueKind.False, f.Store.Attributes(n)[2].Kind);
        Assert.Null(f.Store.GetAttribute(n, f.A("missing")));
    }

    [Fact]
    public void Listener_stats_are_kept_per_type_and_phase()
    {
        var f = new DomFixture();
        f.Element(2, "view");
        f.Batch.SetListenerStats(2, f.A("tap"), capture: false, mutLevel: 0);
        f.Batch.SetListenerStats(2, f.A("tap"), capture: true, mutLevel: 1);
        f.Batch.SetListenerStats(2, f.A("tap"), capture: false, mutLevel: 2);
        f.Flush();
        var stats = f.Store.Listeners(f.Store.Resolve(2).Index).ToArray();
        Assert.Equal([new ListenerStat(f.A("tap"), false, 2), new ListenerStat(f.A("tap"), true, 1)], stats);
    }
}
