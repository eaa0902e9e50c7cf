using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Layout;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Anonymous block boxes (CSS 2 §9.2.1.1): in a block container that also holds block-level boxes, each
/// run of inline-level content between them is one anonymous block whose content is one paragraph.
/// The box tree has a box only per node slot, so the run's first text node stands for the anonymous
/// block: it becomes a block-level paragraph leaf with the container's text style, the run's text nodes
/// and plain inline elements as spans (absorbed, no boxes), and its atomic inline boxes as its box
/// children. Without this each text node would be an atomic box of its own, and the space at the end
/// of one ("A node array: " before a <c>&lt;strong&gt;</c>) would hang and vanish.
/// A run that cannot be one paragraph (a decorated inline, a float, an absolute box) stays split.
/// </summary>
public sealed partial class BoxTreeStore
{
    private readonly List<int> _runMembers = [];
    private readonly List<int> _runHeads = [];
    private readonly Stack<int> _runFlatten = new();

    /// <summary>For a text node standing for an anonymous block: the run's nodes (flattened children of its container).</summary>
    private int[]?[] _anonymousRuns = [];

    /// <summary>For a node absorbed into an anonymous block of its container's last <see cref="CollectChildren"/>: true.</summary>
    private bool[] _inAnonymousRun = [];

    /// <summary>
    /// Finds the anonymous blocks among <paramref name="container"/>'s flattened children when it is a block
    /// container with an in-flow block-level child: marks each merged run's members and records the run on
    /// its first text node.
    /// </summary>
    private void FindAnonymousRuns(NodeStore store, ComputedStyleStore styles, int container)
    {
        _runFlatten.Clear();
        _scratch.Clear();
        for (var c = store.LastChild[container]; c >= 0; c = store.PrevSibling[c])
        {
            _runFlatten.Push(c);
        }

        var blockInside = false;
        while (_runFlatten.Count > 0)
        {
            var c = _runFlatten.Pop();
            if (store.Kind[c] is NodeKind.VirtualHost or NodeKind.Fragment)
            {
                for (var g = store.LastChild[c]; g >= 0; g = store.PrevSibling[g])
                {
                    _runFlatten.Push(g);
                }

                continue;
            }

            _inAnonymousRun[c] = false;
            _scratch.Add(c);
            blockInside |= store.Kind[c] == NodeKind.Element && IsInFlowBlockLevel(styles, c);
        }

        _runHeads.Clear();
        var display = styles.Get(CssProperties.Display, container).Text;
        if (blockInside && display is ("block" or "list-item" or "flow-root" or "inline"))
        {
            MergeRuns(store, styles, container);
        }

        // A head of an earlier anonymous block that heads none now is a plain text node again.
        foreach (var c in _scratch)
        {
            if (_anonymousRuns[c] is not null && !_runHeads.Contains(c))
            {
                _anonymousRuns[c] = null;
            }
        }
    }

    private void MergeRuns(NodeStore store, ComputedStyleStore styles, int container)
    {
        _runMembers.Clear();
        for (var i = 0; i <= _scratch.Count; i++)
        {
            var c = i < _scratch.Count ? _scratch[i] : -1;
            if (c >= 0 && !(store.Kind[c] == NodeKind.Element && IsInFlowBlockLevel(styles, c)))
            {
                _runMembers.Add(c);
                continue;
            }

            MergeRun(store, styles, container);
            _runMembers.Clear();
        }
    }

    /// <summary>Makes the run in <c>_runMembers</c> one anonymous block when it has two or more nodes and is one paragraph.</summary>
    private void MergeRun(NodeStore store, ComputedStyleStore styles, int container)
    {
        var head = -1;
        foreach (var c in _runMembers)
        {
            if (store.Kind[c] == NodeKind.Text)
            {
                head = c;
                break;
            }
        }

        if (_runMembers.Count < 2 || head < 0)
        {
            return;
        }

        // The run's array is kept from the last Sync when the run is the same (no allocation per Sync).
        var run = _anonymousRuns[head] is { } kept && kept.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(_runMembers)) ? kept : _runMembers.ToArray();
        var merges = CollectRun(store, styles, container, run);
        _absorbed.RemoveRange(_absorbedStart, _absorbed.Count - _absorbedStart);
        if (!merges)
        {
            return;
        }

        _anonymousRuns[head] = run;
        _runHeads.Add(head);
        foreach (var c in run)
        {
            _inAnonymousRun[c] = c != head;
        }
    }

    /// <summary><see cref="CollectParagraph"/> for the nodes of a run, under the container's <c>white-space</c>.</summary>
    private bool CollectRun(NodeStore store, ComputedStyleStore styles, int container, int[] run)
    {
        BeginCollect();
        _inline.Clear();
        for (var i = run.Length - 1; i >= 0; i--)
        {
            _inline.Push(run[i]);
        }

        return CollectPushed(store, styles, styles.Get(CssProperties.WhiteSpace, container).Text, false);
    }

    /// <summary>
    /// Refreshes the anonymous block that text node <paramref name="node"/> stands for: a block-level box
    /// of no style of its own (CSS 2 §9.2.1.1: its inheritable properties come from the container) whose
    /// paragraph is the run's. Returns null when the run is no longer one paragraph (the caller treats the
    /// node as a plain text node), else whether anything changed.
    /// </summary>
    private bool? RefreshAnonymousRun(NodeStore store, ComputedStyleStore styles, int node, int[] run, bool dirty)
    {
        var container = _boxParent[node];
        if (container < 0 || !CollectRun(store, styles, container, run))
        {
            _absorbed.RemoveRange(_absorbedStart, _absorbed.Count - _absorbedStart);
            _anonymousRuns[node] = null;
            return null;
        }

        var style = LayoutStyle.Default;
        style.Display = Display.Block;
        style.TextAlign = Styles[container].TextAlign;
        var restyled = Styles[node].Display != Display.Block;
        Styles[node] = style;
        return RefreshParagraph(store, styles, node, container, dirty || restyled || _leafContent[node] is null) || restyled;
    }
}
