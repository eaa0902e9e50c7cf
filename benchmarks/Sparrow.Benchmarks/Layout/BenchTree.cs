using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// One benchmark tree as flat columns (a node's parent always precedes it, children in order), so the
/// same tree is built into a <see cref="LayoutTreeStore"/> here and exported to JSON for Yoga.
/// <see cref="ChangeLeaf"/> is the leaf whose width the one-leaf re-layout benchmarks toggle.
/// </summary>
internal sealed class BenchTree
{
    public static readonly Size Viewport = new(375, 667);

    public BenchTree(string name) => Name = name;

    public string Name { get; }

    public List<int> Parents { get; } = [];

    public List<BenchNodeStyle> Styles { get; } = [];

    public int ChangeLeaf { get; set; }

    public int Count => Parents.Count;

    public int Add(int parent, BenchNodeStyle style)
    {
        Parents.Add(parent);
        Styles.Add(style);
        return Parents.Count - 1;
    }

    /// <summary>Builds the tree into a fresh store; node i of the tree is node i of the store.</summary>
    public LayoutTreeStore Build()
    {
        var store = new LayoutTreeStore();
        for (var i = 0; i < Count; i++)
        {
            store.AddNode(Styles[i].ToLayoutStyle());
            if (Parents[i] >= 0)
            {
                store.AppendChild(Parents[i], i);
            }
        }

        return store;
    }

    public void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("name", Name);
        w.WriteStartObject("viewport");
        w.WriteNumber("width", Viewport.Width);
        w.WriteNumber("height", Viewport.Height);
        w.WriteEndObject();
        w.WriteNumber("changeLeaf", ChangeLeaf);
        w.WriteNumber("changeLeafWidth", Styles[ChangeLeaf].Width ?? 0);
        w.WriteStartArray("parents");
        foreach (var p in Parents)
        {
            w.WriteNumberValue(p);
        }

        w.WriteEndArray();
        w.WriteStartArray("styles");
        foreach (var s in Styles)
        {
            s.WriteJson(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
