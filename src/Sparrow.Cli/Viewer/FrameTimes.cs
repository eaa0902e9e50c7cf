using System;

namespace Sparrow.Cli.Viewer;

/// <summary>The last <see cref="Capacity"/> frame times (ms, wall clock from one frame start to the next) for the overlay.</summary>
internal sealed class FrameTimes
{
    public const int Capacity = 120;

    private readonly double[] _samples = new double[Capacity];
    private int _next;

    public int Count { get; private set; }

    public void Add(double ms)
    {
        _samples[_next] = ms;
        _next = (_next + 1) % Capacity;
        Count = Math.Min(Count + 1, Capacity);
    }

    /// <summary>The sample <paramref name="age"/> frames ago (0: the newest).</summary>
    public double this[int age] => _samples[(_next - 1 - age + (2 * Capacity)) % Capacity];

    /// <summary>Mean of the newest <paramref name="count"/> samples (0 when empty).</summary>
    public double Mean(int count)
    {
        var n = Math.Min(count, Count);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += this[i];
        }

        return n == 0 ? 0 : sum / n;
    }
}
