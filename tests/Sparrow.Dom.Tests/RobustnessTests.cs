using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Dom.Tests;

/// <summary>Fuzz-ish: no byte sequence makes the reader throw, no op sequence corrupts the store.</summary>
public class RobustnessTests
{
    [Fact]
    public void Random_bytes_never_throw()
    {
        var rng = new Random(1234);
        var names = new OpStreamNames(new AtomTable());
        var batch = new OpBatch();
        var bag = new DiagnosticBag();
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[rng.Next(0, 64)];
            rng.NextBytes(bytes);
            if (i % 2 == 0 && bytes.Length >= 6)
            {
                // Half the inputs get a valid header so the record decoder is exercised too.
                OpStreamFormat.Magic.CopyTo(bytes, 0);
                bytes[4] = OpStreamFormat.Version;
                bytes[5] = (byte)(bytes[5] & 1);
            }

            OpStreamReader.Read(bytes, names, batch, bag);
        }
    }

    [Fact]
    public void Mutated_valid_batches_never_throw_and_never_corrupt_the_store()
    {
        var rng = new Random(99);
        var w = new OpStreamWriter();
        var valid = RandomOps(w, new Random(5), 300);
        var f = new DomFixture();
        var batch = new OpBatch();
        for (var i = 0; i < 3_000; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var k = rng.Next(1, 4); k > 0; k--)
            {
                bytes[rng.Next(6, bytes.Length)] = (byte)rng.Next(256);
            }

            if (OpStreamReader.Read(bytes, new OpStreamNames(f.Atoms), batch, f.Diagnostics))
            {
                f.Store.Apply(batch, f.Diagnostics);
            }
        }

        TreeInvariants.Check(f.Store);
    }

    [Fact]
    public void Random_op_sequences_keep_every_invariant()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var f = new DomFixture();
            var names = new OpStreamNames(f.Atoms);
            var w = new OpStreamWriter();
            var rng = new Random(seed);
            var batch = new OpBatch();
            for (var round = 0; round < 10; round++)
            {
                var bytes = RandomOps(w, rng, 60);
                Assert.True(OpStreamReader.Read(bytes, names, batch, f.Diagnostics));
                f.Store.Apply(batch, f.Diagnostics);
                TreeInvariants.Check(f.Store);
            }
        }
    }

    /// <summary>Ops over a small handle space, so creates, moves, splices and releases collide often.</summary>
    private static byte[] RandomOps(OpStreamWriter w, Random rng, int count)
    {
        uint H() => (uint)rng.Next(0, 24);
        for (var i = 0; i < count; i++)
        {
            switch (rng.Next(14))
            {
                case 0: w.CreateElement(H(), "v" + rng.Next(3), "view"); break;
                case 1: w.CreateText(H(), "t"); break;
                case 2: w.CreateFragment(H()); break;
                case 3: w.Release(H()); break;
                case 4: w.AppendChild(H(), H()); break;
                case 5: w.InsertBefore(H(), H(), H()); break;
                case 6: w.RemoveChild(H(), H()); break;
                case 7: w.ReplaceChild(H(), H(), H()); break;
                case 8: w.SpliceBefore(H(), H(), rng.Next(3), H()); break;
                case 9: w.SpliceAppend(H(), H()); break;
                case 10: w.SpliceRemove(H(), H(), rng.Next(3)); break;
                case 11: w.AddClass(H(), "c" + rng.Next(3), rng.Next(-1, 3)); break;
                case 12: w.SetText(H(), "x" + rng.Next(2)); break;
                default: w.CreateVirtualHost(H(), "vh"); break;
            }
        }

        return w.Finish();
    }
}
