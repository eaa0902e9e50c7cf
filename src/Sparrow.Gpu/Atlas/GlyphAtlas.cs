using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// Scene's <see cref="ITileAtlas"/> over renderer textures: pages of <see cref="TextureFormat.R8"/>
/// coverage (glyphs) or premultiplied <see cref="TextureFormat.Rgba8"/> (color glyphs, small images),
/// each packed by a <see cref="ShelfAllocator"/>. Tiles get a one-texel transparent border so linear
/// filtering never reads a neighbour. When every page is full and no new page may be made, tiles not
/// used in the current frame are evicted, least recently used first. Render thread only.
/// </summary>
public sealed class GlyphAtlas : ITileAtlas, IDisposable
{
    private const int Padding = 1;

    private readonly GlesRenderer _renderer;
    private readonly List<Page> _pages = [];
    private readonly Dictionary<ulong, Entry> _entries = [];
    private byte[] _scratch = [];
    private long _frame;

    public GlyphAtlas(GlesRenderer renderer, TextureFormat format, int pageSize = 1024, int maxPages = 4)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        _renderer = renderer;
        Format = format;
        PageSize = pageSize;
        MaxPages = maxPages;
    }

    public TextureFormat Format { get; }

    public int PageSize { get; }

    public int MaxPages { get; }

    public int PageCount => _pages.Count;

    public int TileCount => _entries.Count;

    public int Evictions { get; private set; }

    /// <summary>Starts a frame: tiles used before it become evictable.</summary>
    public void BeginFrame() => _frame++;

    public bool TryGetTile(ulong key, out AtlasTile tile)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = entry with { LastUsed = _frame };
            tile = TileOf(entry);
            return true;
        }

        tile = default;
        return false;
    }

    public bool TryInsert(ulong key, int width, int height, ReadOnlySpan<byte> pixels, out AtlasTile tile)
    {
        var bpp = Format == TextureFormat.R8 ? 1 : 4;
        if (pixels.Length != width * height * bpp)
        {
            ThrowHelper.Argument(nameof(pixels), "Pixels must hold width × height texels of the atlas format.");
        }

        if (TryGetTile(key, out tile))
        {
            return true;
        }

        int w = width + (2 * Padding), h = height + (2 * Padding);
        if (!TryPlace(w, h, out var page, out var allocation))
        {
            tile = default;
            return false;
        }

        // Upload the tile with its transparent border in one call.
        var size = w * h * bpp;
        if (_scratch.Length < size)
        {
            _scratch = new byte[Math.Max(size, _scratch.Length * 2)];
        }

        var padded = _scratch.AsSpan(0, size);
        padded.Clear();
        for (var y = 0; y < height; y++)
        {
            pixels.Slice(y * width * bpp, width * bpp).CopyTo(padded.Slice((((y + Padding) * w) + Padding) * bpp));
        }

        _renderer.UpdateTexture(_pages[page].Texture, allocation.X, allocation.Y, w, h, padded);
        var entry = new Entry(page, allocation, _frame);
        _entries.Add(key, entry);
        tile = TileOf(entry);
        return true;
    }

    public void Dispose()
    {
        foreach (var page in _pages)
        {
            _renderer.DeleteTexture(page.Texture);
        }

        _pages.Clear();
        _entries.Clear();
    }

    private bool TryPlace(int w, int h, out int page, out AtlasAllocation allocation)
    {
        for (page = 0; page < _pages.Count; page++)
        {
            if (_pages[page].Allocator.TryAllocate(w, h, out allocation))
            {
                return true;
            }
        }

        if (_pages.Count < MaxPages && w <= PageSize && h <= PageSize)
        {
            var texture = _renderer.CreateTexture(PageSize, PageSize, Format, []);
            _pages.Add(new Page(texture, new ShelfAllocator(PageSize, PageSize)));
            page = _pages.Count - 1;
            return _pages[page].Allocator.TryAllocate(w, h, out allocation);
        }

        // Evict least recently used tiles (never this frame's) until the tile fits somewhere.
        while (TryEvictOldest())
        {
            for (page = 0; page < _pages.Count; page++)
            {
                if (_pages[page].Allocator.TryAllocate(w, h, out allocation))
                {
                    return true;
                }
            }
        }

        page = -1;
        allocation = default;
        return false;
    }

    private bool TryEvictOldest()
    {
        var found = false;
        var oldestKey = 0UL;
        var oldest = default(Entry);
        foreach (var (key, entry) in _entries)
        {
            if (entry.LastUsed < _frame && (!found || entry.LastUsed < oldest.LastUsed))
            {
                found = true;
                oldestKey = key;
                oldest = entry;
            }
        }

        if (found)
        {
            _pages[oldest.Page].Allocator.Free(oldest.Allocation);
            _entries.Remove(oldestKey);
            Evictions++;
        }

        return found;
    }

    private AtlasTile TileOf(Entry entry)
    {
        var texels = new Rect(entry.Allocation.X + Padding, entry.Allocation.Y + Padding, entry.Allocation.Width - (2 * Padding), entry.Allocation.Height - (2 * Padding));
        float size = PageSize;
        return new AtlasTile(_pages[entry.Page].Texture, texels, new Rect(texels.X / size, texels.Y / size, texels.Width / size, texels.Height / size));
    }

    private readonly record struct Page(TextureId Texture, ShelfAllocator Allocator);

    private readonly record struct Entry(int Page, AtlasAllocation Allocation, long LastUsed);
}
