using Xunit;

namespace Sparrow.Dom.Tests;

public class TreeOpTests
{
    private static DomFixture ThreeChildren()
    {
        var f = new DomFixture();
        f.Element(2, "a");
        f.Element(3, "b");
        f.Element(4, "c");
        f.Flush();
        return f;
    }

    [Fact]
    public void Insert_before_moves_an_attached_node()
    {
        var f = ThreeChildren();
        f.Batch.InsertBefore(1, 4, 2);
        f.Flush();
        Assert.Equal("page @1\n  c @4\n  a @2\n  b @3\n", f.Dump());
    }

    [Fact]
    public void Insert_before_nothing_appends()
    {
        var f = ThreeChildren();
        f.Batch.InsertBefore(1, 2, 0);
        f.Flush();
        Assert.Equal("page @1\n  b @3\n  c @4\n  a @2\n", f.Dump());
    }

    [Fact]
    public void Replace_puts_the_new_child_in_the_old_ones_place()
    {
        var f = ThreeChildren();
        f.Batch.CreateElement(5, f.A("d"), f.A("d"));
        f.Batch.ReplaceChild(1, 5, 3);
        f.Flush();
        Assert.Equal("page @1\n  a @2\n  d @5\n  c @4\n", f.Dump());
        Assert.Equal(-1, f.Store.Parent[f.Store.Resolve(3).Index]);
    }

    [Fact]
    public void Splice_append_moves_a_fragments_children_in_order()
    {
        var f = ThreeChildren();
        f.Batch.CreateFragment(10);
        f.Batch.CreateElement(11, f.A("x"), f.A("x"));
        f.Batch.CreateElement(12, f.A("y"), f.A("y"));
        f.Batch.AppendChild(10, 11);
        f.Batch.AppendChild(10, 12);
        f.Batch.SpliceAppend(1, 10);
        f.Flush();
        Assert.Equal("page @1\n  a @2\n  b @3\n  c @4\n  x @11\n  y @12\n", f.Dump());
        Assert.Equal("#fragment @10\n", TreeDump.Write(f.Store, f.Store.Resolve(10)));
        f.AssertNoDiagnostics();
    }

    [Fact]
    public void Splice_before_deletes_the_range_then_inserts_there()
    {
        var f = ThreeChildren();
        f.Batch.CreateFragment(10);
        f.Batch.CreateElement(11, f.A("x"), f.A("x"));
        f.Batch.AppendChild(10, 11);
        f.Batch.SpliceBefore(1, 2, 2, 10);
        f.Flush();
        Assert.Equal("page @1\n  x @11\n  c @4\n", f.Dump());
    }

    [Fact]
    public void Splice_remove_deletes_count_children_from_before()
    {
        var f = ThreeChildren();
        f.Batch.SpliceRemove(1, 3, 2);
        f.Flush();
        Assert.Equal("page @1\n  a @2\n", f.Dump());
    }

    [Fact]
    public void A_splice_range_past_the_last_child_is_rejected_whole()
    {
        var f = ThreeChildren();
        f.Batch.SpliceRemove(1, 3, 3);
        Assert.Equal(new ApplyResult(0, 1), f.Flush());
        Assert.Equal("page @1\n  a @2\n  b @3\n  c @4\n", f.Dump());
        Assert.Equal([DomDiagnosticCodes.InvalidOperand], f.Codes());
    }

    [Fact]
    public void Appending_a_fragment_moves_its_children_as_the_DOM_does()
    {
        var f = new DomFixture();
        f.Batch.CreateFragment(10);
        f.Element(11, "x", 10);
        f.Batch.AppendChild(1, 10);
        f.Flush();
        Assert.Equal("page @1\n  x @11\n", f.Dump());
    }

    [Fact]
    public void Virtual_hosts_are_in_the_tree_and_carry_classes()
    {
        var f = new DomFixture();
        f.Batch.CreateVirtualHost(2, f.A("my-comp"));
        f.Batch.AppendChild(1, 2);
        f.Batch.AddClass(2, f.A("x"), 2);
        f.Element(3, "view", 2);
        f.Flush();
        Assert.Equal("page @1\n  my-comp (virtual) @2 .x:2\n    view @3\n", f.Dump());
    }
}
