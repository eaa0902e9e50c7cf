using System.Collections.Generic;

namespace Sparrow.Components;

/// <summary>
/// Text fields (<c>input</c>, <c>textarea</c>): which one the logic side asks to focus or blur. The
/// <c>focus</c> attribute turning true (or <c>auto-focus</c>/<c>focus</c> true when the field first
/// appears) is a focus request; <c>focus</c> turning false while focused is a blur request. The host
/// owns the focused field and its caret (<c>HeadlessSession.TextInput.cs</c>) and takes the requests
/// after each <see cref="Update{TTree}"/>.
/// </summary>
public sealed partial class NativeComponents
{
    private readonly Dictionary<int, TextField> _fields = [];
    private int _focusRequest = -1;
    private int _blurRequest = -1;

    /// <summary>
    /// The nearest <c>input</c> or <c>textarea</c> at or above <paramref name="node"/> (an inner part of
    /// one is inside it), or −1. Reads the store, so it answers for fields not yet seen by an update.
    /// </summary>
    public int TextFieldAt(int node)
    {
        for (var n = node; (uint)n < (uint)_store.SlotCount; n = _store.Parent[n])
        {
            if (_store.Kind[n] == Dom.NodeKind.Element && _tags.IsTextField(_store.Tag[n]))
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>Whether the field at <paramref name="node"/> is a <c>textarea</c> (line breaks are text).</summary>
    public bool IsTextarea(int node) => (uint)node < (uint)_store.SlotCount && _tags.IsTextarea(_store.Tag[node]);

    /// <summary>Whether the field at <paramref name="node"/> has <c>disabled</c> set (it takes no focus).</summary>
    public bool IsDisabled(int node) => (uint)node < (uint)_store.SlotCount && AttributeValues.Bool(_store.GetAttribute(node, _tags.Disabled));

    /// <summary>The field the logic side asked to focus since the last call, or −1.</summary>
    public int TakeFocusRequest()
    {
        var node = _focusRequest;
        _focusRequest = -1;
        return node;
    }

    /// <summary>The field whose <c>focus</c> the logic side turned off since the last call, or −1.</summary>
    public int TakeBlurRequest()
    {
        var node = _blurRequest;
        _blurRequest = -1;
        return node;
    }

    private void UpdateTextField(int node)
    {
        var generation = _store.Generation[node];
        var focus = AttributeValues.Bool(_store.GetAttribute(node, _tags.Focus));
        if (!_fields.TryGetValue(node, out var field) || field.Generation != generation)
        {
            field = new TextField(generation);
            _fields[node] = field;
            if (focus || AttributeValues.Bool(_store.GetAttribute(node, _tags.AutoFocus)))
            {
                _focusRequest = node;
            }
        }
        else if (focus && !field.Focus)
        {
            _focusRequest = node;
        }
        else if (!focus && field.Focus)
        {
            _blurRequest = node;
        }

        field.Focus = focus;
        field.Stamp = _frame;
    }

    private void RemoveStaleFields()
    {
        _stale.Clear();
        foreach (var (node, field) in _fields)
        {
            if (field.Stamp != _frame)
            {
                _stale.Add(node);
            }
        }

        foreach (var node in _stale)
        {
            _fields.Remove(node);
        }
    }

    /// <summary>What the components remember of one field between frames.</summary>
    private sealed class TextField(uint generation)
    {
        public uint Generation { get; } = generation;

        public long Stamp { get; set; }

        /// <summary>The <c>focus</c> attribute as last seen.</summary>
        public bool Focus { get; set; }
    }
}
