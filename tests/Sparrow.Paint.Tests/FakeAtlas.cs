using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Paint.Tests;

/// <summary>
/// An <see cref="ITileAtlas"/> on one endless shelf: tiles are placed left to right in insertion order,
/// so their rectangles are predictable in dumps. Counts inserts; can be told to refuse them.
/// </summary>
internal sealed class FakeAtlas(uint texture) : ITileAtlas
{
    private readonly Dictionary<ulong, AtlasTile> _tiles = [];
    private float _x;

    public int Inserts { get; private set; }

    public bool Full { get; set; }

    public int Count => _tiles.Count;

    public bool TryGetTile(ulong key, out AtlasTile tile) => _tiles.TryGetValue(key, out tile);

    public bool TryInsert(ulong key, int width, int height, ReadOnlySpan<byte> pixels, out AtlasTile tile)
    {
        if (_tiles.TryGetValue(key, out tile))
        {
            return true;
        }

        if (Full)
        {
            return false;
        }

        Inserts++;
        tile = new AtlasTile(new TextureId(texture), new Rect(_x, 0, width, height), new Rect(_x / 4096, 0, width / 4096f, height / 256f));
        _x += width;
        _tiles.Add(key, tile);
        return true;
    }

    public void Evict() => _tiles.Clear();
}
