using System;
using System.Globalization;
using Sparrow.Core;

namespace Sparrow.Dom;

public sealed partial class NodeStore
{
    // Each setter returns false when nothing changed, and then marks nothing: dirty bits are set
    // only on real change (Yoga's setters do the same).

    internal bool AddClass(int node, Atom name, int scope)
    {
        var entry = new ClassEntry(name, scope);
        if (_classes[node].AsSpan().IndexOf(entry) >= 0)
        {
            return false;
        }

        _classes[node].Add(entry);
        SelectorInputChanged(node, StyleChangeKind.ClassAdded, name, Atom.Empty, scope);
        return true;
    }

    internal bool RemoveClass(int node, Atom name, int scope)
    {
        var index = _classes[node].AsSpan().IndexOf(new ClassEntry(name, scope));
        if (index < 0)
        {
            return false;
        }

        _classes[node].RemoveAt(index);
        SelectorInputChanged(node, StyleChangeKind.ClassRemoved, name, Atom.Empty, scope);
        return true;
    }

    internal bool ClearClasses(int node)
    {
        var classes = _classes[node].AsSpan();
        if (classes.Length == 0)
        {
            return false;
        }

        // One entry per old class, so the style stage invalidates exactly as for removals.
        foreach (var c in classes)
        {
            SelectorInputChanged(node, StyleChangeKind.ClassRemoved, c.Name, Atom.Empty, c.Scope);
        }

        _classes[node].Clear();
        return true;
    }

    internal bool SetId(int node, Atom id)
    {
        var old = _id[node];
        if (old == id)
        {
            return false;
        }

        _id[node] = id;
        SelectorInputChanged(node, StyleChangeKind.IdChanged, old, id, -1);
        return true;
    }

    internal bool SetStyleScope(int node, int scope, int extra, int host)
    {
        if (_styleScope[node] == scope && _extraStyleScope[node] == extra && _hostStyleScope[node] == host)
        {
            return false;
        }

        _styleScope[node] = scope;
        _extraStyleScope[node] = extra;
        _hostStyleScope[node] = host;
        SelectorInputChanged(node, StyleChangeKind.StyleScopeChanged, Atom.Empty, Atom.Empty, scope);
        return true;
    }

    internal bool SetAttribute(int node, Atom name, AttributeValueKind kind, string value)
    {
        var list = _attributes[node].AsMutableSpan();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Name == name)
            {
                if (list[i].Kind == kind && list[i].Value == value)
                {
                    return false;
                }

                list[i] = new AttributeEntry(name, kind, value);
                SelectorInputChanged(node, StyleChangeKind.AttributeChanged, name, Atom.Empty, -1);
                return true;
            }
        }

        _attributes[node].Add(new AttributeEntry(name, kind, value));
        SelectorInputChanged(node, StyleChangeKind.AttributeChanged, name, Atom.Empty, -1);
        return true;
    }

    internal bool RemoveAttribute(int node, Atom name)
    {
        var list = _attributes[node].AsSpan();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Name == name)
            {
                _attributes[node].RemoveAt(i);
                SelectorInputChanged(node, StyleChangeKind.AttributeChanged, name, Atom.Empty, -1);
                return true;
            }
        }

        return false;
    }

    /// <summary>Dataset entries are not selector inputs: a change marks nothing dirty.</summary>
    internal bool SetDataset(int node, Atom name, AttributeValueKind kind, string value)
    {
        var list = _dataset[node].AsMutableSpan();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Name == name)
            {
                var changed = list[i].Kind != kind || list[i].Value != value;
                list[i] = new AttributeEntry(name, kind, value);
                return changed;
            }
        }

        _dataset[node].Add(new AttributeEntry(name, kind, value));
        return true;
    }

    /// <summary>Inline style feeds the cascade of this node only: no selector matches on it.</summary>
    internal bool SetInlineStyle(int node, string style)
    {
        var normalized = style.Length == 0 ? null : style;
        if (string.Equals(_inlineStyle[node], normalized, StringComparison.Ordinal))
        {
            return false;
        }

        _inlineStyle[node] = normalized;
        MarkDirty(node, NodeFlags.StyleDirty);
        return true;
    }

    /// <summary>New text must be measured and painted again; it changes no style.</summary>
    internal bool SetText(int node, string text)
    {
        if (string.Equals(_text[node], text, StringComparison.Ordinal))
        {
            return false;
        }

        var wasEmpty = string.IsNullOrEmpty(_text[node]);
        _text[node] = text;
        MarkDirty(node, NodeFlags.LayoutDirty | NodeFlags.PaintDirty);

        // :empty counts a text node with content as a child (Selectors 4 §14.2), so a text going
        // from empty to non-empty (or back) is a selector input of its parent.
        var parent = _parent[node];
        if (parent >= 0 && wasEmpty != (text.Length == 0))
        {
            SelectorInputChanged(parent, StyleChangeKind.ChildrenChanged, Atom.Empty, Atom.Empty, -1);
        }

        return true;
    }

    internal bool SetListenerStat(int node, Atom type, bool capture, byte mutLevel)
    {
        var list = _listeners[node].AsMutableSpan();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Type == type && list[i].Capture == capture)
            {
                var changed = list[i].MutLevel != mutLevel;
                list[i] = new ListenerStat(type, capture, mutLevel);
                return changed;
            }
        }

        _listeners[node].Add(new ListenerStat(type, capture, mutLevel));
        return true;
    }

    /// <summary>The string form of an attribute of <paramref name="node"/>, or null when absent.</summary>
    public string? GetAttribute(int node, Atom name)
    {
        foreach (var a in _attributes[node].AsSpan())
        {
            if (a.Name == name)
            {
                return a.Value;
            }
        }

        return null;
    }

    public bool HasClass(int node, Atom name, int scope) => _classes[node].AsSpan().IndexOf(new ClassEntry(name, scope)) >= 0;

    internal static string NumberToString(double value) =>
        double.IsInteger(value) && Math.Abs(value) < 1e21
            ? value.ToString("F0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private void SelectorInputChanged(int node, StyleChangeKind kind, Atom name, Atom other, int scope)
    {
        _flags[node] |= NodeFlags.SelectorInputsChanged;
        _styleChanges.Add(new StyleChange(IdOf(node), kind, name, other, scope));
    }
}
