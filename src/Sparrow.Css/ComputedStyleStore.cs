using System;
using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>
/// Computed values as columns: one <see cref="CssValue"/> column per row of the property table
/// (<see cref="CssProperties"/>), indexed by node slot, plus the custom properties each element
/// inherits or declares and the styles of its ::before / ::after boxes. A column is a span:
/// <c>store.Column(CssProperties.Width)[node]</c>.
/// </summary>
public sealed class ComputedStyleStore
{
    private const int MaxFreePseudoRows = 256;
    private readonly Stack<CssValue[]> _freePseudoRows = new();
    private readonly CssValue[][] _columns;
    private Dictionary<string, string>?[] _custom;
    private readonly Dictionary<int, CssValue[]> _before = [];
    private readonly Dictionary<int, CssValue[]> _after = [];
    private int _capacity;

    public ComputedStyleStore(int capacity = 256)
    {
        _capacity = Math.Max(capacity, 4);
        _columns = new CssValue[CssProperties.Count][];
        for (var p = 0; p < _columns.Length; p++)
        {
            _columns[p] = new CssValue[_capacity];
        }

        _custom = new Dictionary<string, string>?[_capacity];
    }

    public Span<CssValue> Column(CssProperty property) => _columns[property.Id].AsSpan();

    public CssValue Get(CssProperty property, int node) => _columns[property.Id][node];

    public CssValue Get(int propertyId, int node) => _columns[propertyId][node];

    internal void Set(int propertyId, int node, in CssValue value) => _columns[propertyId][node] = value;

    /// <summary>Custom properties in effect on <paramref name="node"/> (inherited ones included), or null.</summary>
    public IReadOnlyDictionary<string, string>? CustomProperties(int node) => _custom[node];

    internal Dictionary<string, string>? CustomMap(int node) => _custom[node];

    internal void SetCustom(int node, Dictionary<string, string>? map) => _custom[node] = map;

    /// <summary>The computed style of the node's ::before or ::after box (indexed by property id), or null when it generates none. Valid until the next restyle: rows are reused.</summary>
    public CssValue[]? PseudoStyle(int node, PseudoElement pseudo) =>
        (pseudo == PseudoElement.Before ? _before : _after).GetValueOrDefault(node);

    internal void SetPseudo(int node, PseudoElement pseudo, CssValue[]? style)
    {
        var map = pseudo == PseudoElement.Before ? _before : _after;
        if (style is null)
        {
            // A pseudo-element that goes away (a class toggled off) leaves its row for the next one
            // that appears, so toggling it back on allocates nothing.
            if (map.Remove(node, out var old) && _freePseudoRows.Count < MaxFreePseudoRows)
            {
                _freePseudoRows.Push(old);
            }
        }
        else
        {
            map[node] = style;
        }
    }

    /// <summary>A row for a pseudo-element that starts to exist: a freed one if any, else a new one.</summary>
    internal CssValue[] RentPseudoRow() =>
        _freePseudoRows.TryPop(out var row) ? row : new CssValue[CssProperties.Count];

    internal void EnsureCapacity(int slots)
    {
        if (slots <= _capacity)
        {
            return;
        }

        var size = _capacity;
        while (size < slots)
        {
            size *= 2;
        }

        for (var p = 0; p < _columns.Length; p++)
        {
            Array.Resize(ref _columns[p], size);
        }

        Array.Resize(ref _custom, size);
        _capacity = size;
    }

    /// <summary>
    /// The value as getComputedStyle gives it: the CSSOM "resolved value", which for line-height is
    /// the used value, so a number computes to px of the font size (CSSOM §9 and Chromium's
    /// ComputedStyleUtils::ValueForLineHeight). Used by tests and the conformance runner.
    /// </summary>
    public string Serialize(CssProperty property, int node)
    {
        var value = Get(property, node);
        if (property == CssProperties.LineHeight && value.Kind == CssValueKind.Number)
        {
            return CssValue.Format(value.Number * Get(CssProperties.FontSize, node).Number) + "px";
        }

        return value.ToCss();
    }
}
