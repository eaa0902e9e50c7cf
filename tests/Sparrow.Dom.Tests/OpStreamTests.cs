using System;
using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Dom.Tests;

public class OpStreamTests
{
    private static byte[] SampleBatch(OpStreamWriter w)
    {
        w.CreateElement(2, "view", "view");
        w.AppendChild(1, 2);
        w.SetStyleScope(2, 1);
        w.AddClass(2, "card", 1);
        w.SetId(2, "main");
        w.SetAttribute(2, "hidden", true);
        w.SetDataset(2, "index", "3");
        w.SetStyle(2, "color:red");
        w.CreateText(3, "你好");
        w.AppendChild(2, 3);
        w.CreateVirtualHost(4, "t-cell");
        w.AppendChild(2, 4);
        w.SetListenerStats(2, "tap", false, 0);
        w.RegisterStyleSheet("app.wxss", ".card{}");
        w.AppendStyleSheet("app.wxss", 0);
        return w.Finish();
    }

    [Fact]
    public void A_written_batch_decodes_and_applies_to_the_same_tree_as_the_typed_batch()
    {
        var f = new DomFixture();
        var batch = new OpBatch();
        Assert.True(OpStreamReader.Read(SampleBatch(new OpStreamWriter()), new OpStreamNames(f.Atoms), batch, f.Diagnostics));
        Assert.Equal(15, batch.Count);
        f.Store.Apply(batch, f.Diagnostics);

        var g = new DomFixture();
        var b = g.Batch;
        b.CreateElement(2, g.A("view"), g.A("view"));
        b.AppendChild(1, 2);
        b.SetStyleScope(2, 1);
        b.AddClass(2, g.A("card"), 1);
        b.SetId(2, "main");
        b.SetAttribute(2, g.A("hidden"), "true", AttributeValueKind.True);
        b.SetDataset(2, g.A("index"), "3");
        b.SetStyle(2, "color:red");
        b.CreateText(3, "你好");
        b.AppendChild(2, 3);
        b.CreateVirtualHost(4, g.A("t-cell"));
        b.AppendChild(2, 4);
        b.SetListenerStats(2, g.A("tap"), false, 0);
        b.RegisterStyleSheet("app.wxss", ".card{}");
        b.AppendStyleSheet("app.wxss", 0);
        g.Flush();

        Assert.Equal(g.Dump(flags: true), f.Dump(flags: true));
        Assert.Equal(g.Store.StyleSheets.ToArray(), f.Store.StyleSheets.ToArray());
        f.AssertNoDiagnostics();
    }

    [Fact]
    public void A_name_crosses_once_per_connection()
    {
        var w = new OpStreamWriter();
        w.AddClass(1, "a-long-class-name", 0);
        var first = w.Finish();
        w.AddClass(1, "a-long-class-name", 0);
        var second = w.Finish();
        Assert.True(second.Length < first.Length - "a-long-class-name".Length);
        Assert.Equal(OpStreamFormat.FlagResetNames, first[5]);
        Assert.Equal(0, second[5]);

        var f = new DomFixture();
        var names = new OpStreamNames(f.Atoms);
        var batch = new OpBatch();
        Assert.True(OpStreamReader.Read(first, names, batch, f.Diagnostics));
        Assert.True(OpStreamReader.Read(second, names, batch, f.Diagnostics));
        Assert.Equal(f.A("a-long-class-name"), batch.Ops[0].Name);
    }

    [Fact]
    public void The_header_bytes_are_as_documented()
    {
        var w = new OpStreamWriter();
        w.CreateFragment(300);
        var bytes = w.Finish();

        // "SPOB", version 1, reset flag, 1 record, CreateFragment 0x12, handle 300 as LEB128 (0xAC 0x02).
        Assert.Equal(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 1, 1, 0x12, 0xAC, 0x02 }, bytes);
    }

    [Theory]
    [InlineData(new byte[] { }, DomDiagnosticCodes.OpStreamBadHeader)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x43, 1, 0, 0 }, DomDiagnosticCodes.OpStreamBadHeader)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 2, 0, 0 }, DomDiagnosticCodes.OpStreamBadHeader)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0x80, 0 }, DomDiagnosticCodes.OpStreamBadHeader)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 5, 0x12 }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0xEE }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x12, 0x02, 0x00 }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x14, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x01, 0x02, 0xC3, 0x28 }, DomDiagnosticCodes.OpStreamBadString)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x35, 0x02, 0x00 }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x33, 0x02, 0x05, 0x00 }, DomDiagnosticCodes.OpStreamBadString)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x11, 0x02, 0x09, 0x41 }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x36, 0x02, 0x00, 0x03, 0x00 }, DomDiagnosticCodes.OpStreamMalformed)]
    [InlineData(new byte[] { 0x53, 0x50, 0x4F, 0x42, 1, 0, 1, 0x36, 0x02, 0x00, 0x09 }, DomDiagnosticCodes.OpStreamMalformed)]
    public void Malformed_batches_are_one_diagnostic_and_an_empty_batch(byte[] bytes, string code)
    {
        var bag = new DiagnosticBag();
        var batch = new OpBatch();
        batch.CreateFragment(9);
        Assert.False(OpStreamReader.Read(bytes, new OpStreamNames(new AtomTable()), batch, bag));
        Assert.Equal(0, batch.Count);
        var d = Assert.Single(bag.Snapshot());
        Assert.Equal(code, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Every_truncation_of_a_valid_batch_is_rejected()
    {
        var bytes = SampleBatch(new OpStreamWriter());
        for (var length = 0; length < bytes.Length; length++)
        {
            var bag = new DiagnosticBag();
            Assert.False(OpStreamReader.Read(bytes.AsSpan(0, length), new OpStreamNames(new AtomTable()), new OpBatch(), bag));
            Assert.Single(bag.Snapshot());
        }
    }

    [Fact]
    public void A_rejected_batch_leaves_the_name_table_as_it_was()
    {
        var atoms = new AtomTable();
        var names = new OpStreamNames(atoms);
        var w = new OpStreamWriter();
        w.AddClass(1, "a");
        var bag = new DiagnosticBag();
        Assert.True(OpStreamReader.Read(w.Finish(), names, new OpBatch(), bag));
        Assert.Equal(2, names.Count);

        w.AddClass(1, "b");
        var bad = w.Finish();
        Assert.False(OpStreamReader.Read(bad.AsSpan(0, bad.Length - 1), names, new OpBatch(), bag));
        Assert.Equal(2, names.Count);

        w.ResetNames();
        w.AddClass(1, "c");
        var reset = w.Finish();
        Assert.False(OpStreamReader.Read(reset.AsSpan(0, reset.Length - 1), names, new OpBatch(), bag));
        Assert.Equal(2, names.Count);
        Assert.Equal(atoms.Intern("a"), names.Snapshot()[1]);
        Assert.Equal(2, bag.Snapshot().Count);
    }

    [Fact]
    public void Every_opcode_of_the_enum_round_trips()
    {
        var w = new OpStreamWriter();
        w.CreateElement(2, "a", "b");
        w.CreateText(3, "t");
        w.CreateFragment(4);
        w.CreateVirtualHost(5, "v");
        w.Release(6);
        w.AppendChild(1, 2);
        w.InsertBefore(1, 3, 2);
        w.RemoveChild(1, 3);
        w.ReplaceChild(1, 3, 2);
        w.SpliceBefore(1, 3, 1, 4);
        w.SpliceAppend(1, 4);
        w.SpliceRemove(1, 3, 0);
        w.SetId(2, "i");
        w.SetStyleScope(2, 0, 1, 2);
        w.SetStyle(2, "s");
        w.AddClass(2, "c", 7);
        w.RemoveClass(2, "c");
        w.ClearClasses(2);
        w.SetAttribute(2, "n", 2.25);
        w.RemoveAttribute(2, "n");
        w.SetDataset(2, "d", "x");
        w.SetText(3, "u");
        w.SetListenerStats(2, "tap", true, 2);
        w.RegisterStyleSheet("p", "c");
        w.AppendStyleSheet("p", 3);
        w.DisableStyleSheet(0);
        var batch = new OpBatch();
        Assert.True(OpStreamReader.Read(w.Finish(), new OpStreamNames(new AtomTable()), batch, new DiagnosticBag()));
        var codes = batch.Ops.ToArray().Select(o => o.Code).ToHashSet();
        var all = Enum.GetValues<OpCode>().Where(c => c != OpCode.DefineName);
        Assert.All(all, c => Assert.Contains(c, codes));

        var ops = batch.Ops.ToArray();
        var scope = ops.Single(o => o.Code == OpCode.SetStyleScope);
        Assert.Equal((0, 1, 2), (scope.Scope, scope.ExtraScope, scope.HostScope));
        Assert.Equal(-1, ops.Single(o => o.Code == OpCode.RemoveClass).Scope);
        var splice = ops.Single(o => o.Code == OpCode.SpliceBefore);
        Assert.Equal((1u, 3u, 1, 4u), (splice.Node, splice.B, splice.Count, splice.A));
        Assert.Equal("2.25", batch.GetString(ops.Single(o => o.Code == OpCode.SetAttribute).Text));
        Assert.Equal((byte)1, ops.Single(o => o.Code == OpCode.SetListenerStats).Flags);
    }
}
