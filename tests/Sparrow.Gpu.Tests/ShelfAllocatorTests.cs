using System.Collections.Generic;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class ShelfAllocatorTests
{
    [Fact]
    public void Heights_round_up_to_buckets()
    {
        Assert.Equal(8, ShelfAllocator.Bucket(1));
        Assert.Equal(16, ShelfAllocator.Bucket(9));
        Assert.Equal(32, ShelfAllocator.Bucket(25));
        Assert.Equal(48, ShelfAllocator.Bucket(33));
        Assert.Equal(160, ShelfAllocator.Bucket(129));
    }

    [Fact]
    public void Similar_heights_share_a_shelf_and_allocations_never_overlap()
    {
        var atlas = new ShelfAllocator(64, 64);
        var placed = new List<AtlasAllocation>();
        for (var i = 0; i < 12; i++)
        {
            Assert.True(atlas.TryAllocate(10, 9 + (i % 6), out var a));
            placed.Add(a);
        }

        Assert.Equal(2, atlas.ShelfCount); // six 10-wide tiles per 64-wide shelf of bucket 16
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                Assert.False(Overlap(placed[i], placed[j]), $"{placed[i]} overlaps {placed[j]}");
            }

            Assert.True(placed[i].X + placed[i].Width <= 64 && placed[i].Y + placed[i].Height <= 64);
        }
    }

    [Fact]
    public void A_full_atlas_refuses_and_freeing_makes_room_again()
    {
        var atlas = new ShelfAllocator(32, 32);
        var all = new List<AtlasAllocation>();
        while (atlas.TryAllocate(8, 8, out var a))
        {
            all.Add(a);
        }

        Assert.Equal(16, all.Count);
        Assert.Equal(32 * 32, atlas.AllocatedArea);
        atlas.Free(all[5]);
        atlas.Free(all[6]);
        Assert.True(atlas.TryAllocate(16, 8, out var wide)); // the two freed ranges merged
        Assert.Equal(all[5].X, wide.X);
        Assert.Equal(all[5].Y, wide.Y);
        Assert.False(atlas.TryAllocate(8, 8, out _));
    }

    [Fact]
    public void Empty_top_shelves_are_released_for_other_buckets()
    {
        var atlas = new ShelfAllocator(32, 32);
        Assert.True(atlas.TryAllocate(32, 8, out var small));
        Assert.True(atlas.TryAllocate(32, 24, out var big));
        Assert.False(atlas.TryAllocate(32, 24, out _));
        atlas.Free(big);
        Assert.Equal(1, atlas.ShelfCount);
        Assert.True(atlas.TryAllocate(32, 16, out var medium));
        Assert.Equal(8, medium.Y);
        atlas.Free(small);
        Assert.True(atlas.TryAllocate(30, 5, out var reuse)); // the empty bottom shelf takes a smaller bucket
        Assert.Equal(0, reuse.Y);
    }

    [Fact]
    public void Oversized_requests_fail()
    {
        var atlas = new ShelfAllocator(16, 16);
        Assert.False(atlas.TryAllocate(17, 1, out _));
        Assert.False(atlas.TryAllocate(1, 17, out _));
        Assert.False(atlas.TryAllocate(0, 4, out _));
    }

    private static bool Overlap(AtlasAllocation a, AtlasAllocation b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
