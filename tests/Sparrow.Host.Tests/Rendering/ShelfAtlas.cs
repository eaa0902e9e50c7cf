using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// A tile atlas on one endless shelf, for painting without a GPU: tiles placed left to right in
/// insertion order. <see cref="Evict"/> drops every tile, as a full atlas evicting would.
/// </summary>
internal sealed class ShelfAtlas(uint texture) : ITileAtlas
{
    private readonly Dictionary<ulong, AtlasTile> _tiles = [];
    private float _x;

    public bool TryGetTile(ulong key, out AtlasTile tile) => _tiles.TryGetValue(key, out tile);

    public bool TryInsert(ulong key, int width, int height, ReadOnlySpan<byte> pixels, out AtlasTile tile)
    {
        if (_tiles.TryGetValue(key, out tile))
        {
            return true;
        }

        tile = new AtlasTile(new TextureId(texture), new Rect(_x, 0, width, height), new Rect(_x / 65536, 0, width / 65536f, height / 256f));
        _x += width;
        _tiles.Add(key, tile);
        return true;
    }

    public void Evict() => _tiles.Clear();
}
