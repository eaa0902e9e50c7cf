using System;

namespace Sparrow.Layout;

/// <summary>
/// The floats of the block formatting contexts being laid out (CSS 2 §9.4.1, §9.5), one stack for all:
/// a BFC root's floats sit above its ancestors' and are dropped when it is done, since nothing outside a
/// BFC interacts with the floats inside it. Coordinates are those of the current BFC root's border box;
/// <see cref="OffsetX"/>/<see cref="OffsetY"/> say where the block being laid out sits in them.
/// Reused by every pass (it lives in <see cref="LayoutScratch"/>), so it allocates only when it grows.
/// </summary>
internal sealed class FloatContext
{
    private FloatBox[] _boxes = new FloatBox[16];
    private int _count;
    private int _start;

    /// <summary>The border-box origin of the block container being laid out, in the current BFC's coordinates.</summary>
    public float OffsetX;

    /// <inheritdoc cref="OffsetX"/>
    public float OffsetY;

    /// <summary>Number of floats on the stack, all contexts together; a mark for <see cref="Truncate"/>.</summary>
    public int Count => _count;

    /// <summary>Opens a new BFC; returns what <see cref="End"/> needs to restore the enclosing one.</summary>
    public BfcMark Begin()
    {
        var mark = new BfcMark(_start, OffsetX, OffsetY);
        _start = _count;
        OffsetX = 0;
        OffsetY = 0;
        return mark;
    }

    /// <summary>Closes the BFC opened by <see cref="Begin"/>, dropping its floats.</summary>
    public void End(in BfcMark mark)
    {
        _count = _start;
        _start = mark.Start;
        OffsetX = mark.OffsetX;
        OffsetY = mark.OffsetY;
    }

    /// <summary>Drops the floats added since <paramref name="count"/> (a child laid out again at another offset adds them anew).</summary>
    public void Truncate(int count) => _count = Math.Max(count, _start);

    /// <summary>Whether any float of the current BFC reaches below <paramref name="y"/>, i.e. can still affect content placed there.</summary>
    public bool AnyBelow(float y)
    {
        for (var i = _start; i < _count; i++)
        {
            if (_boxes[i].Bottom > y)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lowest bottom outer edge of the current BFC's floats on the side(s) <paramref name="clear"/> names; -infinity if none.</summary>
    public float ClearEdge(Clear clear)
    {
        var edge = float.NegativeInfinity;
        for (var i = _start; i < _count; i++)
        {
            ref readonly var f = ref _boxes[i];
            if (clear == Clear.Both || (clear == Clear.Left && f.Side == FloatSide.Left) || (clear == Clear.Right && f.Side == FloatSide.Right))
            {
                edge = Math.Max(edge, f.Bottom);
            }
        }

        return edge;
    }

    /// <summary>The bottom outer edge of the lowest float of the current BFC, or -infinity: a BFC root's auto height reaches it (CSS 2 §10.6.7).</summary>
    public float Bottom => ClearEdge(Clear.Both);

    /// <summary>
    /// The space left between floats for a box spanning [<paramref name="top"/>, <paramref name="top"/> +
    /// <paramref name="height"/>) inside the containing block's content edges <paramref name="left"/> and
    /// <paramref name="right"/>: left floats push the left edge right, right floats push the right edge left.
    /// Returns false when no float intersects the band.
    /// </summary>
    public bool Band(float top, float height, ref float left, ref float right)
    {
        var narrowed = false;
        for (var i = _start; i < _count; i++)
        {
            ref readonly var f = ref _boxes[i];
            if (f.Bottom <= top || (f.Top >= top + height && f.Top > top) || f.Bottom <= f.Top)
            {
                continue;
            }

            if (f.Side == FloatSide.Left && f.Right > left)
            {
                left = f.Right;
                narrowed = true;
            }
            else if (f.Side == FloatSide.Right && f.Left < right)
            {
                right = f.Left;
                narrowed = true;
            }
        }

        return narrowed;
    }

    /// <summary>The smallest float bottom below <paramref name="y"/>: the next place where a band can widen; +infinity if none.</summary>
    public float NextBottom(float y)
    {
        var next = float.PositiveInfinity;
        for (var i = _start; i < _count; i++)
        {
            var b = _boxes[i].Bottom;
            if (b > y && b < next)
            {
                next = b;
            }
        }

        return next;
    }

    /// <summary>
    /// Places a float's margin box of <paramref name="width"/> × <paramref name="height"/> by CSS 2 §9.5.1:
    /// its top no higher than <paramref name="top"/> nor than any earlier float's top (rules 4-6), then as
    /// high as possible (rule 8), then as far left (right) as possible (rule 9), never overlapping earlier
    /// floats (rules 2, 3, 7). A float wider than a float-free line overflows rather than moving down.
    /// Returns the margin box's top-left corner and records the float.
    /// </summary>
    public (float X, float Y) Place(FloatSide side, float width, float height, float top, float left, float right)
    {
        var y = top;
        if (_count > _start)
        {
            // Earlier floats were placed in order with non-decreasing tops: the last one's is the highest.
            y = Math.Max(y, _boxes[_count - 1].Top);
        }

        float l, r;
        while (true)
        {
            l = left;
            r = right;
            var narrowed = Band(y, Math.Max(height, 0), ref l, ref r);
            if (!narrowed || r - l >= width - 0.01f)
            {
                break;
            }

            var next = NextBottom(y);
            if (float.IsPositiveInfinity(next))
            {
                break;
            }

            y = next;
        }

        var x = side == FloatSide.Left ? l : r - width;
        Add(new FloatBox { Side = side, Left = x, Top = y, Right = x + width, Bottom = y + height });
        return (x, y);
    }

    private void Add(in FloatBox box)
    {
        if (_count == _boxes.Length)
        {
            Array.Resize(ref _boxes, _boxes.Length * 2);
        }

        _boxes[_count++] = box;
    }
}
