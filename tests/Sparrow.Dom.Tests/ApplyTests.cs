using Xunit;

namespace Sparrow.Dom.Tests;

/// <summary>Bad ops are diagnostics; the rest of the batch applies; the tree never breaks.</summary>
public class ApplyTests
{
    [Fact]
    public void An_op_on_an_unknown_handle_is_skipped_and_the_rest_applies()
    {
        var f = new DomFixture();
        f.Element(2, "view");
        f.Batch.AddClass(77, f.A("x"));
        f.Batch.AddClass(2, f.A("y"));
        Assert.Equal(new ApplyResult(3, 1), f.Flush());
        Assert.Equal("page @1\n  view @2 .y\n", f.Dump());
        var d = Assert.Single(f.Diagnostics.Snapshot());
        Assert.Equal(DomDiagnosticCodes.UnknownNode, d.Code);
        Assert.Contains("op 2 (AddClass)", d.Message, System.StringComparison.Ordinal);
        Assert.Contains("handle 77", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_op_on_a_released_handle_is_stale()
    {
        var f = new DomFixture();
        f.Element(2, "view");
        f.Batch.RemoveChild(1, 2);
        f.Batch.Release(2);
        f.Batch.AppendChild(1, 2);
        f.Batch.SetId(2, "x");
        Assert.Equal(new ApplyResult(4, 2), f.Flush());
        Assert.Equal([DomDiagnosticCodes.UnknownNode, DomDiagnosticCodes.UnknownNode], f.Codes());
        Assert.Equal("page @1\n", f.Dump());
    }

    [Fact]
    public void A_cycle_is_rejected()
    {
        var f = new DomFixture();
        f.Element(2, "a");
        f.Element(3, "b", 2);
        f.Batch.AppendChild(3, 2);
        f.Batch.AppendChild(2, 2);
        Assert.Equal(new ApplyResult(4, 2), f.Flush());
        Assert.Equal([DomDiagnosticCodes.InvalidTreeOp, DomDiagnosticCodes.InvalidTreeOp], f.Codes());
        Assert.Equal("page @1\n  a @2\n    b @3\n", f.Dump());
    }

    [Theory]
    [InlineData("root-as-child")]
    [InlineData("release-root")]
    [InlineData("child-of-text")]
    [InlineData("create-over-live")]
    [InlineData("class-on-text")]
    [InlineData("text-on-element")]
    [InlineData("remove-non-child")]
    [InlineData("insert-before-non-child")]
    [InlineData("splice-non-fragment")]
    [InlineData("handle-too-large")]
    public void Ops_that_would_break_the_tree_change_nothing(string what)
    {
        var f = new DomFixture();
        f.Element(2, "a");
        f.Element(3, "b");
        f.Batch.CreateText(4, "t");
        f.Batch.AppendChild(2, 4);
        f.Flush();
        var before = f.Dump(flags: true);
        var changesBefore = f.Store.StyleChanges.Count;
        var b = f.Batch;
        switch (what)
        {
            case "root-as-child": b.AppendChild(2, 1); break;
            case "release-root": b.Release(1); break;
            case "child-of-text": b.AppendChild(4, 3); break;
            case "create-over-live": b.CreateElement(2, f.A("x"), f.A("x")); break;
            case "class-on-text": b.AddClass(4, f.A("x")); break;
            case "text-on-element": b.SetText(2, "x"); break;
            case "remove-non-child": b.RemoveChild(2, 3); break;
            case "insert-before-non-child": b.InsertBefore(2, 3, 3); break;
            case "splice-non-fragment": b.SpliceAppend(2, 3); break;
            case "handle-too-large": b.CreateText(NodeStore.MaxHandle + 1, "x"); break;
        }

        Assert.Equal(new ApplyResult(0, 1), f.Flush());
        Assert.Equal(before, f.Dump(flags: true));
        Assert.Equal(changesBefore, f.Store.StyleChanges.Count);
        Assert.Single(f.Diagnostics.Snapshot());
    }
}
