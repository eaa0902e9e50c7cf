using System;
using System.Globalization;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Host.Input;

/// <summary>
/// WeChat's press state (<c>hover-class</c> on view, button and navigator): while the first finger
/// is down, the pressed element and its ancestors with a <c>hover-class</c> (up to one with
/// <c>hover-stop-propagation</c>) get that class after their <c>hover-start-time</c>, and lose it
/// <c>hover-stay-time</c> after the finger lifts, or at once when it leaves the tap slop or is
/// cancelled. Defaults as WeChat documents them: view 50/400 ms and no class, button
/// <c>button-hover</c> 20/70 ms, navigator <c>navigator-hover</c> 50/600 ms. The class is
/// added on the render side (an <see cref="OpBatch"/> applied to the page's node store, in the
/// element's style scope), so the next frame restyles without a trip to JS. Entry points:
/// <see cref="Press"/>, <see cref="Move"/>, <see cref="Release"/>, <see cref="Cancel"/>,
/// <see cref="Tick"/>. Render thread only.
/// </summary>
public sealed class HoverTracker
{
    private const int MaxEntries = 16;

    private readonly Entry[] _entries = new Entry[MaxEntries];
    private readonly OpBatch _batch = new();
    private int _count;
    private float _pressX;
    private float _pressY;

    /// <summary>When the next class goes on or off (ms on the virtual clock), or null.</summary>
    public double? NextDueMs
    {
        get
        {
            double? next = null;
            for (var i = 0; i < _count; i++)
            {
                var due = _entries[i].Applied ? _entries[i].RemoveAtMs : _entries[i].ApplyAtMs;
                if (!double.IsPositiveInfinity(due) && (next is null || due < next))
                {
                    next = due;
                }
            }

            return next;
        }
    }

    /// <summary>The first finger went down on <paramref name="target"/> at client (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void Press(NodeStore store, int target, float x, float y, double nowMs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(store);
        Cancel(store, diagnostics);
        _pressX = x;
        _pressY = y;
        var atoms = store.Atoms;
        for (var n = target; n >= 0 && _count < MaxEntries; n = store.Parent[n])
        {
            if (store.Kind[n] != NodeKind.Element)
            {
                continue;
            }

            var tag = store.NameOf(store.Tag[n]);
            var (defaultClass, defaultStart, defaultStay) = tag switch
            {
                "button" => ("button-hover", 20d, 70d),
                "navigator" => ("navigator-hover", 50d, 600d),
                _ => ("none", 50d, 400d),
            };
            var hoverClass = Attribute(store, n, "hover-class") ?? defaultClass;
            if (hoverClass.Length > 0 && hoverClass != "none")
            {
                var start = Number(Attribute(store, n, "hover-start-time"), defaultStart);
                var stay = Number(Attribute(store, n, "hover-stay-time"), defaultStay);
                _entries[_count++] = new Entry(n, store.Generation[n], atoms.Intern(hoverClass), store.StyleScope[n], nowMs + start, stay);
            }

            if (Attribute(store, n, "hover-stop-propagation") is { } stop && stop != "false")
            {
                break;
            }
        }
    }

    /// <summary>The first finger moved: past the tap slop the press state ends at once.</summary>
    public void Move(NodeStore store, float x, float y, IDiagnosticSink diagnostics)
    {
        if (Math.Abs(x - _pressX) > TouchPipeline.TapSlop || Math.Abs(y - _pressY) > TouchPipeline.TapSlop)
        {
            Cancel(store, diagnostics);
        }
    }

    /// <summary>The first finger lifted: classes already on stay for their hover-stay-time; pending ones never come.</summary>
    public void Release(double nowMs)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Applied)
            {
                _entries[kept++] = _entries[i] with { RemoveAtMs = nowMs + _entries[i].StayMs };
            }
        }

        _count = kept;
    }

    /// <summary>Removes every press state now.</summary>
    public void Cancel(NodeStore store, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(store);
        _batch.Clear();
        for (var i = 0; i < _count; i++)
        {
            Unset(store, _entries[i]);
        }

        _count = 0;
        Flush(store, diagnostics);
    }

    /// <summary>The clock is at <paramref name="nowMs"/>: applies and removes the classes due.</summary>
    public void Tick(NodeStore store, double nowMs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(store);
        _batch.Clear();
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            var e = _entries[i];
            if (e.Applied && nowMs >= e.RemoveAtMs)
            {
                Unset(store, e);
                continue;
            }

            if (!e.Applied && nowMs >= e.ApplyAtMs && Live(store, e))
            {
                if (!store.HasClass(e.Node, e.Class, e.Scope))
                {
                    _batch.AddClass(store.Handle[e.Node], e.Class, e.Scope);
                }

                e = e with { Applied = true };
            }

            _entries[kept++] = e;
        }

        _count = kept;
        Flush(store, diagnostics);
    }

    private void Unset(NodeStore store, in Entry e)
    {
        if (e.Applied && Live(store, e) && store.HasClass(e.Node, e.Class, e.Scope))
        {
            _batch.RemoveClass(store.Handle[e.Node], e.Class, e.Scope);
        }
    }

    private void Flush(NodeStore store, IDiagnosticSink diagnostics)
    {
        if (_batch.Count > 0)
        {
            store.Apply(_batch, diagnostics);
            _batch.Clear();
        }
    }

    private static bool Live(NodeStore store, in Entry e) => e.Node < store.SlotCount && store.Generation[e.Node] == e.Generation && store.Handle[e.Node] != 0;

    private static string? Attribute(NodeStore store, int node, string name) =>
        store.Atoms.TryGet(name, out var atom) ? store.GetAttribute(node, atom) : null;

    private static double Number(string? text, double fallback) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : fallback;

    private readonly record struct Entry(int Node, uint Generation, Atom Class, int Scope, double ApplyAtMs, double StayMs, bool Applied = false, double RemoveAtMs = double.PositiveInfinity);
}
