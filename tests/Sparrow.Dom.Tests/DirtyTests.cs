using System.Linq;
using Xunit;

namespace Sparrow.Dom.Tests;

public class DirtyTests
{
    /// <summary>page > a > b > c, all clean, change log empty.</summary>
    private static DomFixture Clean()
    {
        var f = new DomFixture();
        f.Element(2, "a");
        f.Element(3, "b", 2);
        f.Element(4, "c", 3);
        f.Batch.CreateText(5, "");
        f.Batch.AppendChild(4, 5);
        f.Flush();
        f.Store.ClearDirty(~NodeFlags.None);
        f.Store.ClearStyleChanges();
        return f;
    }

    [Fact]
    public void Inline_style_marks_the_node_style_dirty_and_its_ancestors_descendant_dirty()
    {
        var f = Clean();
        f.Batch.SetStyle(4, "color: red");
        f.Flush();
        Assert.Equal(
            "page @1 {s}\n  a @2 {s}\n    b @3 {s}\n      c @4 style=\"color: red\" {S}\n        \"\" @5 {}\n",
            f.Dump(flags: true));
    }

    [Fact]
    public void Text_marks_layout_and_paint_not_style()
    {
        var f = Clean();
        f.Batch.SetText(5, "hello");
        f.Flush();
        Assert.Equal(
            "page @1 {l p}\n  a @2 {l p}\n    b @3 {l p}\n      c @4 {l p I}\n        \"hello\" @5 {L P}\n",
            f.Dump(flags: true));

        // c went from :empty to not: a selector input of c.
        Assert.Equal([StyleChangeKind.ChildrenChanged], f.Store.StyleChanges.Select(c => c.Kind));
    }

    [Fact]
    public void Setting_what_is_already_there_marks_nothing()
    {
        var f = Clean();
        f.Batch.SetStyle(3, "");
        f.Batch.SetText(5, "");
        f.Batch.RemoveClass(3, f.A("nope"));
        f.Batch.RemoveAttribute(3, f.A("nope"));
        f.Batch.ClearClasses(3);
        f.Batch.SetId(3, "");
        f.Batch.SetStyleScope(3, -1);
        f.Flush();
        Assert.DoesNotContain('S', f.Dump(flags: true));
        Assert.DoesNotContain('L', f.Dump(flags: true));
        Assert.Empty(f.Store.StyleChanges);
    }

    [Fact]
    public void Class_id_and_attribute_changes_are_logged_as_selector_inputs()
    {
        var f = Clean();
        f.Batch.AddClass(3, f.A("x"), 2);
        f.Batch.AddClass(3, f.A("x"), 2);
        f.Batch.SetId(3, "main");
        f.Batch.SetAttribute(3, f.A("type"), "primary");
        f.Batch.ClearClasses(3);
        f.Batch.SetDataset(3, f.A("k"), "v");
        f.Flush();
        var kinds = f.Store.StyleChanges.Select(c => c.Kind).ToArray();
        Assert.Equal(
            [StyleChangeKind.ClassAdded, StyleChangeKind.IdChanged, StyleChangeKind.AttributeChanged, StyleChangeKind.ClassRemoved],
            kinds);
        Assert.Equal(f.A("main"), f.Store.StyleChanges[1].Other);
        Assert.Equal(2, f.Store.StyleChanges[3].Scope);

        // Selector inputs do not decide style dirtiness themselves: the style stage does.
        Assert.Equal(NodeFlags.SelectorInputsChanged, f.Store.Flags[f.Store.Resolve(3).Index]);
    }

    [Fact]
    public void Removing_a_child_dirties_the_parents_layout_and_paint()
    {
        var f = Clean();
        f.Batch.RemoveChild(3, 4);
        f.Flush();
        Assert.Equal("page @1 {l p}\n  a @2 {l p}\n    b @3 {L P I}\n", f.Dump(flags: true));
    }

    [Fact]
    public void An_inserted_node_is_dirty_in_every_stage()
    {
        var f = Clean();
        f.Element(9, "n", 2);
        f.Flush();
        var n = f.Store.Resolve(9).Index;
        Assert.Equal(NodeFlags.AllDirty, f.Store.Flags[n] & NodeFlags.AllDirty);
        var a = f.Store.Resolve(2).Index;
        Assert.True(f.Store.Flags[a].HasFlag(NodeFlags.DescendantStyleDirty));
        Assert.Contains(f.Store.StyleChanges, c => c.Kind == StyleChangeKind.Inserted && c.Node.Index == n);
    }
}
