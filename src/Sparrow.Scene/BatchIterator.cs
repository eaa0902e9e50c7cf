using System;

namespace Sparrow.Scene;

/// <summary>
/// Cuts a <see cref="DisplayList"/>'s draw order into <see cref="Batch"/>es, in order, without allocating.
/// Use with <c>foreach</c>: <c>foreach (var batch in new BatchIterator(list)) …</c>.
/// </summary>
public ref struct BatchIterator
{
    private readonly DisplayList _list;
    private readonly ReadOnlySpan<DrawItem> _order;
    private int _next;

    public BatchIterator(DisplayList list)
    {
        _list = list;
        _order = list.Order.AsReadOnlySpan();
        _next = 0;
        Current = default;
    }

    public Batch Current { get; private set; }

    public readonly BatchIterator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next >= _order.Length)
        {
            return false;
        }

        var first = _order[_next];
        var texture = TextureOf(first);
        var count = 1;
        if (first.Kind is not (PrimitiveKind.LayerBegin or PrimitiveKind.LayerEnd))
        {
            while (_next + count < _order.Length)
            {
                var item = _order[_next + count];
                if (item.Kind != first.Kind || item.Scissor != first.Scissor || item.Index != first.Index + count || TextureOf(item) != texture)
                {
                    break;
                }

                count++;
            }
        }

        Current = new Batch(first.Kind, first.Index, count, texture, first.Scissor);
        _next += count;
        return true;
    }

    private readonly TextureId TextureOf(DrawItem item) => item.Kind switch
    {
        PrimitiveKind.Glyph => _list.Glyphs[item.Index].Texture,
        PrimitiveKind.Image => _list.Images[item.Index].Texture,
        _ => TextureId.None,
    };
}
