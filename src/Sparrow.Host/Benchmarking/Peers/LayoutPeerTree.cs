using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Layout;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// A layout benchmark tree as flat columns (a node's parent precedes it, children in order), in the
/// JSON form both engines read: ours builds it into a <see cref="LayoutTreeStore"/>, Yoga into nodes
/// (benchmarks/layout-yoga/yoga-tree.mjs). <see cref="ChangeLeaf"/> is the leaf whose width the
/// one-leaf re-layout toggles.
/// </summary>
internal sealed class LayoutPeerTree
{
    public LayoutPeerTree(string name, Size viewport)
    {
        Name = name;
        Viewport = viewport;
    }

    public string Name { get; }

    public Size Viewport { get; }

    public List<int> Parents { get; } = [];

    public List<LayoutPeerNode> Nodes { get; } = [];

    public int ChangeLeaf { get; set; }

    public int Count => Parents.Count;

    public int Add(int parent, LayoutPeerNode node)
    {
        Parents.Add(parent);
        Nodes.Add(node);
        return Parents.Count - 1;
    }

    /// <summary>Builds the tree into a fresh store; node i of the tree is node i of the store.</summary>
    public LayoutTreeStore Build()
    {
        var store = new LayoutTreeStore();
        for (var i = 0; i < Count; i++)
        {
            store.AddNode(Nodes[i].ToLayoutStyle());
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
        w.WriteNumber("changeLeafWidth", Nodes[ChangeLeaf].Width ?? 0);
        w.WriteStartArray("parents");
        foreach (var p in Parents)
        {
            w.WriteNumberValue(p);
        }

        w.WriteEndArray();
        w.WriteStartArray("styles");
        foreach (var node in Nodes)
        {
            node.WriteJson(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a tree file (what <see cref="WriteJson"/> or the BenchmarkDotNet project's export wrote).</summary>
    /// <exception cref="InvalidDataException">The file is not such a tree.</exception>
    public static LayoutPeerTree Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var viewport = root.GetProperty("viewport");
            var tree = new LayoutPeerTree(root.GetProperty("name").GetString()!, new Size(viewport.GetProperty("width").GetSingle(), viewport.GetProperty("height").GetSingle()));
            var styles = root.GetProperty("styles");
            var i = 0;
            foreach (var parent in root.GetProperty("parents").EnumerateArray())
            {
                var p = parent.GetInt32();
                if (p >= i)
                {
                    throw new InvalidDataException($"{path}: node {i}'s parent {p} does not precede it");
                }

                tree.Add(p, LayoutPeerNode.Read(styles[i++]));
            }

            tree.ChangeLeaf = root.GetProperty("changeLeaf").GetInt32();
            return tree.Count > 0 && tree.ChangeLeaf < tree.Count ? tree : throw new InvalidDataException($"{path}: empty tree or change leaf out of range");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a layout benchmark tree: {e.Message}", e);
        }
    }
}
