using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// A bucketed shelf allocator for atlas pages (the scheme of WebRender's texture cache and of
/// etagere's BucketedAtlasAllocator, simplified): the page is cut into horizontal shelves whose heights
/// are rounded up to a few buckets, so glyphs of similar size share shelves and freed space is
/// reusable; each shelf keeps a sorted list of free x-ranges that merge on free. Empty shelves at the
/// top of the stack are released; an empty shelf lower down is reused by any bucket that fits in it.
/// No GL: the atlas owning the texture decides what to evict when <see cref="TryAllocate"/> fails.
/// </summary>
public sealed class ShelfAllocator
{
    private readonly List<Shelf> _shelves = [];
    private int _top;

    public ShelfAllocator(int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(width), "An atlas needs a positive size.");
        }

        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Texels in live allocations.</summary>
    public long AllocatedArea { get; private set; }

    public int ShelfCount => _shelves.Count;

    /// <summary>The shelf height a request of <paramref name="height"/> texels gets.</summary>
    public static int Bucket(int height) => height switch
    {
        <= 8 => 8,
        <= 16 => 16,
        <= 24 => 24,
        <= 32 => 32,
        <= 128 => (height + 15) & ~15,
        _ => (height + 31) & ~31,
    };

    public bool TryAllocate(int width, int height, out AtlasAllocation allocation)
    {
        allocation = default;
        if (width <= 0 || height <= 0 || width > Width || height > Height)
        {
            return false;
        }

        var bucket = Math.Min(Bucket(height), Height);

        // First a shelf of exactly this bucket, then an empty shelf tall enough, then a new shelf.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < _shelves.Count; i++)
            {
                var shelf = _shelves[i];
                var fits = pass == 0 ? shelf.Height == bucket : shelf.Live == 0 && shelf.Height >= bucket;
                if (fits && shelf.TryTake(width, out var x))
                {
                    allocation = Commit(i, x, width, height);
                    return true;
                }
            }
        }

        if (_top + bucket > Height)
        {
            return false;
        }

        _shelves.Add(new Shelf(_top, bucket, Width));
        _top += bucket;
        _shelves[^1].TryTake(width, out var x0);
        allocation = Commit(_shelves.Count - 1, x0, width, height);
        return true;
    }

    public void Free(AtlasAllocation allocation)
    {
        if ((uint)allocation.Shelf >= (uint)_shelves.Count)
        {
            ThrowHelper.Argument(nameof(allocation), "The allocation does not belong to this atlas.");
        }

        _shelves[allocation.Shelf].Give(allocation.X, allocation.Width);
        AllocatedArea -= (long)allocation.Width * allocation.Height;

        // Release empty shelves at the top so a different bucket can use the height.
        while (_shelves.Count > 0 && _shelves[^1].Live == 0)
        {
            _top -= _shelves[^1].Height;
            _shelves.RemoveAt(_shelves.Count - 1);
        }
    }

    public void Clear()
    {
        _shelves.Clear();
        _top = 0;
        AllocatedArea = 0;
    }

    private AtlasAllocation Commit(int shelf, int x, int width, int height)
    {
        AllocatedArea += (long)width * height;
        return new AtlasAllocation(x, _shelves[shelf].Y, width, height, shelf);
    }

    private sealed class Shelf
    {
        // Free ranges as (x, width), sorted by x, never adjacent (merged on free).
        private readonly List<(int X, int Width)> _free;

        public Shelf(int y, int height, int width)
        {
            Y = y;
            Height = height;
            _free = [(0, width)];
        }

        public int Y { get; }

        public int Height { get; }

        public int Live { get; private set; }

        public bool TryTake(int width, out int x)
        {
            for (var i = 0; i < _free.Count; i++)
            {
                var (fx, fw) = _free[i];
                if (fw >= width)
                {
                    x = fx;
                    if (fw == width)
                    {
                        _free.RemoveAt(i);
                    }
                    else
                    {
                        _free[i] = (fx + width, fw - width);
                    }

                    Live++;
                    return true;
                }
            }

            x = 0;
            return false;
        }

        public void Give(int x, int width)
        {
            var i = 0;
            while (i < _free.Count && _free[i].X < x)
            {
                i++;
            }

            _free.Insert(i, (x, width));
            if (i + 1 < _free.Count && _free[i].X + _free[i].Width == _free[i + 1].X)
            {
                _free[i] = (_free[i].X, _free[i].Width + _free[i + 1].Width);
                _free.RemoveAt(i + 1);
            }

            if (i > 0 && _free[i - 1].X + _free[i - 1].Width == _free[i].X)
            {
                _free[i - 1] = (_free[i - 1].X, _free[i - 1].Width + _free[i].Width);
                _free.RemoveAt(i);
            }

            Live--;
        }
    }
}
