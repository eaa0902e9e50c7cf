using Xunit;

namespace Sparrow.Dom.Tests;

/// <summary>Checks every link of every live slot: what "no corruption" means for the store.</summary>
internal static class TreeInvariants
{
    public static void Check(NodeStore s)
    {
        var live = 0;
        for (var n = 0; n < s.SlotCount; n++)
        {
            if (s.Kind[n] == NodeKind.Free)
            {
                continue;
            }

            live++;
            Assert.NotEqual(0u, s.Generation[n]);
            var p = s.Parent[n];
            if (p >= 0)
            {
                Assert.NotEqual(NodeKind.Free, s.Kind[p]);
                Assert.NotEqual(NodeKind.Text, s.Kind[p]);
                var found = false;
                for (var c = s.FirstChild[p]; c >= 0; c = s.NextSibling[c])
                {
                    found |= c == n;
                }

                Assert.True(found, $"slot {n} is not in its parent's child list");
            }
            else
            {
                Assert.Equal(-1, s.PrevSibling[n]);
                Assert.Equal(-1, s.NextSibling[n]);
            }

            var prev = -1;
            var count = 0;
            for (var c = s.FirstChild[n]; c >= 0; c = s.NextSibling[c])
            {
                Assert.Equal(n, s.Parent[c]);
                Assert.Equal(prev, s.PrevSibling[c]);
                Assert.True(++count <= s.SlotCount, "a child list has a cycle");
                prev = c;
            }

            Assert.Equal(prev, s.LastChild[n]);

            // Walking up must end: no cycles through parents.
            var steps = 0;
            for (var a = n; a >= 0; a = s.Parent[a])
            {
                Assert.True(++steps <= s.SlotCount, "the parent chain has a cycle");
            }

            if (s.Handle[n] != 0)
            {
                Assert.Equal(n, s.Resolve(s.Handle[n]).Index);
            }
        }

        Assert.Equal(s.LiveCount, live);
    }
}
