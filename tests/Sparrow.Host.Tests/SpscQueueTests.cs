using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Host.Tests;

public class SpscQueueTests
{
    [Fact]
    public void Capacity_rounds_up_to_a_power_of_two()
    {
        Assert.Equal(8, new SpscQueue<int>(5).Capacity);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpscQueue<int>(1));
    }

    [Fact]
    public void Items_come_out_in_order_and_a_full_queue_refuses_more()
    {
        var queue = new SpscQueue<int>(4);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(queue.TryEnqueue(i));
        }

        Assert.False(queue.TryEnqueue(99));
        Assert.Equal(4, queue.Count);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(queue.TryDequeue(out var item));
            Assert.Equal(i, item);
        }

        Assert.False(queue.TryDequeue(out _));
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void A_dequeued_item_is_not_kept_alive_by_the_queue()
    {
        var queue = new SpscQueue<object>(2);
        var weak = Enqueue(queue);
        Assert.True(Dequeue(queue));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(weak.IsAlive);
    }

    // Not inlined, so no local of the test method keeps the payload alive in a debug build.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Dequeue(SpscQueue<object> queue) => queue.TryDequeue(out _);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Enqueue(SpscQueue<object> queue)
    {
        var payload = new byte[1024];
        queue.TryEnqueue(payload);
        return new WeakReference(payload);
    }

    [Fact]
    public async Task One_producer_and_one_consumer_on_two_threads_lose_and_reorder_nothing()
    {
        const int Count = 2_000_000;
        var queue = new SpscQueue<long>(1024);
        var producer = Task.Run(() =>
        {
            for (long i = 0; i < Count;)
            {
                if (queue.TryEnqueue(i))
                {
                    i++;
                }
                else
                {
                    Thread.SpinWait(8);
                }
            }
        });
        long expected = 0;
        long sum = 0;
        while (expected < Count)
        {
            if (queue.TryDequeue(out var item))
            {
                Assert.Equal(expected, item);
                sum += item;
                expected++;
            }
            else
            {
                Thread.SpinWait(8);
            }
        }

        await producer;
        Assert.Equal((long)Count * (Count - 1) / 2, sum);
    }

    [Fact]
    public void Enqueue_and_dequeue_do_not_allocate()
    {
        var queue = new SpscQueue<int>(64);
        queue.TryEnqueue(1);
        queue.TryDequeue(out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            queue.TryEnqueue(i);
            queue.TryDequeue(out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
