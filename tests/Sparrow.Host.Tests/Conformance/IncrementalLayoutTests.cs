using System;
using System.IO;
using System.Text;
using Sparrow.Core;
using Sparrow.Host.Conformance.Suites.Layout;
using Sparrow.Layout;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>
/// The cache must never change a result: over every fixture, re-laying out after marking one node
/// dirty, or after changing a style and changing it back, gives exactly the boxes of a fresh layout.
/// (A test of Sparrow.Layout's cache; it lives here because the fixture loader is the layout suite's.)
/// </summary>
public sealed class IncrementalLayoutTests
{
    private static readonly string LayoutDir = Path.Combine(ConformanceSlice.Real, "layout");

    [Fact]
    public void Relayout_after_marking_any_node_dirty_matches_the_full_layout()
    {
        var failures = RelayoutEveryNode((store, root, viewport, node) =>
        {
            store.MarkDirty(node);
            store.Compute(root, viewport);
            return $"dirty #{node}";
        });
        Assert.True(failures.Length == 0, failures);
    }

    [Fact]
    public void Changing_a_style_and_back_restores_the_full_layout()
    {
        var failures = RelayoutEveryNode((store, root, viewport, node) =>
        {
            var original = store.GetStyle(node);
            var changed = original;
            changed.MarginLeft = Length.Points(original.MarginLeft.Value + 7);
            changed.Height = Length.Points(13);
            store.SetStyle(node, changed);
            store.Compute(root, viewport);
            store.SetStyle(node, original);
            store.Compute(root, viewport);
            return $"style of #{node} changed and restored";
        });
        Assert.True(failures.Length == 0, failures);
    }

    /// <summary>
    /// Lays every fixture out, then per node runs <paramref name="relayout"/> (which changes something
    /// and lays out again; it returns what it did) and compares the boxes with the full layout's.
    /// </summary>
    /// <returns>One line per mismatch; empty when none.</returns>
    private static string RelayoutEveryNode(Func<LayoutTreeStore, int, Size, int, string> relayout)
    {
        var failures = new StringBuilder();
        foreach (var id in LayoutFixtures.Ids(LayoutDir))
        {
            if (!TryLoad(id, out var store, out var root, out var viewport))
            {
                continue;
            }

            store.Compute(root, viewport);
            var expected = Snapshot(store);
            for (var node = 0; node < store.Count; node++)
            {
                var what = relayout(store, root, viewport, node);
                Check(id, what, expected, Snapshot(store), failures);
            }
        }

        return failures.ToString();
    }

    /// <summary>Fixtures the loader cannot read (an unsupported property, no expectations yet) are the layout suite's to report.</summary>
    private static bool TryLoad(string id, out LayoutTreeStore store, out int root, out Size viewport)
    {
        try
        {
            var fixture = LayoutFixtures.Load(LayoutDir, id);
            (store, root, viewport) = (fixture.Store, fixture.Root, fixture.Viewport);
            return true;
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException)
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
