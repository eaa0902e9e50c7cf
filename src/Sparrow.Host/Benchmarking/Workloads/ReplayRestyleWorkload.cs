using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Host.Capture;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Incremental restyle + layout of captured pages (showcase and feed): set up once (batches
/// applied, first update done); each run takes one class off one element and updates, then puts
/// it back and updates again — the shape of a "selected"/"liked" toggle. The element is the
/// middle one, in document order, of the elements that have a class; its first class is toggled,
/// with the scope glass-easel gave it, through a two-op batch applied to the node store. The
/// sample is the sum over both captures of (apply + update) for both toggles; stages per capture:
/// <c>…-style</c>, <c>…-layout</c>, <c>…-text</c>, <c>…-restyled</c> (nodes restyled per toggle).
/// </summary>
internal sealed class ReplayRestyleWorkload : IWorkload, IReportsStages, ISkippable
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<Target> _targets = [];
    private readonly Dictionary<string, IReadOnlyList<double>> _stages = new(StringComparer.Ordinal);
    private readonly OpBatch _batch = new();

    public ReplayRestyleWorkload()
    {
        SkipReason = ReplayCaptures.SkipReason;
        if (SkipReason is not null)
        {
            return;
        }

        foreach (var (name, replay) in ReplayCaptures.Open(_diagnostics))
        {
            replay.Page.Update(replay.Viewport, (float)replay.Capture.PixelRatio);
            ReplayCaptures.Check(_diagnostics, Name);
            _targets.Add(new Target(name, replay, PickNode(replay.Page)));
        }
    }

    public string Name => "replay-restyle";

    public string Unit => "ms";

    public string? SkipReason { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => _stages;

    public double RunOnce()
    {
        var total = 0.0;
        foreach (var target in _targets)
        {
            double style = 0, layout = 0, text = 0, restyled = 0;
            for (var toggle = 0; toggle < 2; toggle++)
            {
                var add = toggle == 1;
                var started = Stopwatch.GetTimestamp();
                _batch.Clear();
                if (add)
                {
                    _batch.AddClass(target.Handle, target.Class.Name, target.Class.Scope);
                }
                else
                {
                    _batch.RemoveClass(target.Handle, target.Class.Name, target.Class.Scope);
                }

                var page = target.Replay.Page;
                page.Store.Apply(_batch, _diagnostics);
                var stats = page.Update(target.Replay.Viewport, (float)target.Replay.Capture.PixelRatio);
                total += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                (style, layout, text, restyled) = (style + stats.Style.TotalMilliseconds, layout + stats.Layout.TotalMilliseconds, text + stats.Text.TotalMilliseconds, restyled + stats.Restyled);
            }

            ReplayCaptures.Check(_diagnostics, Name);
            Add(target.Name + "-style", style);
            Add(target.Name + "-layout", layout);
            Add(target.Name + "-text", text);
            Add(target.Name + "-restyled", restyled / 2);
        }

        return total;
    }

    public void Dispose()
    {
        foreach (var target in _targets)
        {
            target.Replay.Dispose();
        }
    }

    /// <summary>The middle element (document order) of those with a class, and its first class.</summary>
    internal static (uint Handle, ClassEntry Class) PickNode(PageDocument page)
    {
        var store = page.Store;
        var candidates = new List<int>();
        var stack = new Stack<int>();
        stack.Push(page.Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (store.Kind[node] == NodeKind.Element && store.Classes(node).Length > 0)
            {
                candidates.Add(node);
            }

            var children = new List<int>();
            for (var child = store.FirstChild[node]; child >= 0; child = store.NextSibling[child])
            {
                children.Add(child);
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("the captured page has no element with a class");
        }

        var picked = candidates[candidates.Count / 2];
        return (store.Handle[picked], store.Classes(picked)[0]);
    }

    private void Add(string stage, double value)
    {
        if (!_stages.TryGetValue(stage, out var list))
        {
            list = new List<double>();
            _stages[stage] = list;
        }

        ((List<double>)list).Add(value);
    }

    private sealed record Target(string Name, CaptureReplay Replay, (uint Handle, ClassEntry Class) Node)
    {
        public uint Handle => Node.Handle;

        public ClassEntry Class => Node.Class;
    }
}
