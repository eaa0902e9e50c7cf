using System;
using System.Text;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Conformance;

/// <summary>
/// The cache must never change a result: over every fixture, re-laying out after marking one node
/// dirty, or after changing a style and changing it back, gives exactly the boxes of a fresh layout.
/// </summary>
public sealed class IncrementalLayoutTests
{
    [Fact]
    public void Relayout_after_marking_any_node_dirty_matches_the_full_layout()
    {
        var failures = new StringBuilder();
        foreach (var id in FixtureCatalog.All())
        {
            if (!TryLoad(id, out var store, out var root, out var viewport))
            {
                continue;
            }

            store.Compute(root, viewport);
            var expected = Snapshot(store);
            for (var node = 0; node < store.Count; node++)
            {
                store.MarkDirty(node);
                store.Compute(root, viewport);
                Check(id, $"dirty #{node}", expected, Snapshot(store), failures);
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public void Changing_a_style_and_back_restores_the_full_layout()
    {
        var failures = new StringBuilder();
        foreach (var id in FixtureCatalog.All())
        {
            if (!TryLoad(id, out var store, out var root, out var viewport))
            {
                continue;
            }

            store.Compute(root, viewport);
            var expected = Snapshot(store);
            for (var node = 0; node < store.Count; node++)
            {
                var original = store.GetStyle(node);
                var changed = original;
                changed.MarginLeft = Length.Points(original.MarginLeft.Value + 7);
                changed.Height = Length.Points(13);
                store.SetStyle(node, changed);
                store.Compute(root, viewport);
                store.SetStyle(node, original);
                store.Compute(root, viewport);
                Check(id, $"style of #{node} changed and restored", expected, Snapshot(store), failures);
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>Fixtures using properties layout does not support yet are the conformance runner's to report.</summary>
    private static bool TryLoad(string id, out LayoutTreeStore store, out int root, out Size viewport)
    {
        try
        {
            (store, root, viewport) = FixtureRunner.Load(id);
            return true;
        }
        catch (FormatException)
        {
            (store, root, viewport) = (new LayoutTreeStore(), 0, default);
            return false;
        }
    }

    private static Rect[] Snapshot(LayoutTreeStore store)
    {
        var boxes = new Rect[store.Count];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = store.GetLayout(i).Box;
        }

        return boxes;
    }

    private static void Check(string id, string what, Rect[] expected, Rect[] actual, StringBuilder failures)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (MathF.Abs(expected[i].X - actual[i].X) > 1e-3f || MathF.Abs(expected[i].Y - actual[i].Y) > 1e-3f
                || MathF.Abs(expected[i].Width - actual[i].Width) > 1e-3f || MathF.Abs(expected[i].Height - actual[i].Height) > 1e-3f)
            {
                failures.AppendLine($"{id}, {what}: node #{i} was {expected[i]}, now {actual[i]}");
                return;
            }
        }
    }
}
