using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Benchmarks.Paint;

/// <summary>An atlas that never fills: what a warm GPU atlas looks like to Paint (a dictionary hit per glyph).</summary>
internal sealed class BenchAtlas(uint texture) : ITileAtlas
{
    private readonly Dictionary<ulong, AtlasTile> _tiles = [];

    public bool TryGetTile(ulong key, out AtlasTile tile) => _tiles.TryGetValue(key, out tile);

    public bool TryInsert(ulong key, int width, int height, ReadOnlySpan<byte> pixels, out AtlasTile tile)
    {
        tile = new AtlasTile(new TextureId(texture), new Rect(0, 0, width, height), new Rect(0, 0, 1, 1));
        _tiles[key] = tile;
        return true;
    }
}
