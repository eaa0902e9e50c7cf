using System;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// The atomic inline boxes (inline-block, inline-flex, images…) of a measured inline formatting
/// context, handed to its <see cref="ILeafMeasure"/> through <see cref="MeasureInput.Placeholders"/>:
/// one entry per in-flow child, in child order, with the child's margin-box size and baseline as layout
/// computed them. The measure (the Text stage) puts each one in its lines as an object-replacement
/// character of that size and writes back where it went (<see cref="SetPosition"/>). Owned by layout and
/// reused from pass to pass; valid only during the <see cref="ILeafMeasure.Measure"/> call.
/// </summary>
public sealed class InlinePlaceholders
{
    private float[] _width = new float[4];
    private float[] _height = new float[4];
    private float[] _baseline = new float[4];
    private float[] _x = new float[4];
    private float[] _y = new float[4];

    /// <summary>Number of placeholders, one per in-flow child of the measured node.</summary>
    public int Count { get; private set; }

    /// <summary>Margin-box width of placeholder <paramref name="index"/>.</summary>
    public float Width(int index) => _width[index];

    /// <summary>Margin-box height of placeholder <paramref name="index"/>.</summary>
    public float Height(int index) => _height[index];

    /// <summary>Distance from the margin-box top to the baseline the box aligns on (CSS 2 §10.8.1).</summary>
    public float Baseline(int index) => _baseline[index];

    /// <summary>Where the measure put the margin box's top-left, relative to the content box; NaN when it put it nowhere (a clamped-away line).</summary>
    public (float X, float Y) Position(int index) => (_x[index], _y[index]);

    /// <summary>Written by the measure: the margin box's top-left of placeholder <paramref name="index"/>, relative to the content box.</summary>
    public void SetPosition(int index, float x, float y)
    {
        if ((uint)index >= (uint)Count)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(index), "No such placeholder.");
        }

        _x[index] = x;
        _y[index] = y;
    }

    /// <summary>Starts a new set of <paramref name="count"/> placeholders, none placed (layout fills it; tests may too).</summary>
    public void Reset(int count)
    {
        if (_width.Length < count)
        {
            var size = Math.Max(count, _width.Length * 2);
            _width = new float[size];
            _height = new float[size];
            _baseline = new float[size];
            _x = new float[size];
            _y = new float[size];
        }

        Count = count;
        _x.AsSpan(0, count).Fill(float.NaN);
        _y.AsSpan(0, count).Fill(float.NaN);
    }

    /// <summary>Sets placeholder <paramref name="index"/>'s margin-box size and baseline (from its margin-box top).</summary>
    public void Set(int index, float width, float height, float baseline)
    {
        _width[index] = width;
        _height[index] = height;
        _baseline[index] = baseline;
    }
}
