using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Layout;
using Sparrow.Text;

namespace Sparrow.Host.Rendering;

/// <summary>
/// One page's render-thread state: the node store its op batches build, the cascade over it and
/// the box tree layout and paint walk. Entry points: <see cref="Apply"/> for each batch in order,
/// then <see cref="Update"/> once per frame (style → boxes → layout → text, each only where dirty).
/// Render thread only.
/// </summary>
public sealed partial class PageDocument
{
    private readonly OpStreamNames _names;
    private readonly OpBatch _batch = new();
    private readonly IDiagnosticSink _diagnostics;
    private Size _laidOutViewport;
    private float _textRatio = float.NaN;
    private bool _reportedTooDeep;

    // The page is too deep for the caller's stack: layout runs on LayoutThread (see LayoutEngine.ComputeAnyDepth).
    private bool _onLayoutThread;

    public PageDocument(StyleEnvironment environment, IWxssImportResolver? resolver, TextMeasurer measurer, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(measurer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _diagnostics = diagnostics;
        var atoms = new AtomTable();
        Store = new NodeStore(atoms);
        _names = new OpStreamNames(atoms);
        Cascade = new Cascade(atoms, environment, diagnostics, resolver);
        Boxes = new BoxTreeStore(measurer);
    }

    public NodeStore Store { get; }

    public Cascade Cascade { get; }

    public BoxTreeStore Boxes { get; }

    /// <summary>The page's route (e.g. <c>pages/index/index</c>), named by its diagnostics; set when the page opens.</summary>
    public string Route { get; set; } = string.Empty;

    /// <summary>Batches applied so far.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The page root's slot (the <c>page</c> element).</summary>
    public int Root => Store.Root.Index;

    /// <summary>The page's laid-out height in CSS px from the document's top, margins collapsed through the root included (at least the viewport's).</summary>
    public float ContentHeight => Math.Max(_laidOutViewport.Height, DocumentHeight(Boxes.GetLayout(Root), Boxes.GetContentSize(Root)));

    /// <summary>
    /// The document's height as a browser's <c>html</c> box holds the body: the root's bottom (its top
    /// moved down by a first block's top margin collapsed through it) or, when larger, its content's
    /// extent, which BlockLayout measures with the margins that collapsed through the root at both ends
    /// (measured: a 1000 px block with 20 px margins gives a root at 20, 1000 tall, content 1040).
    /// </summary>
    private static float DocumentHeight(in LayoutResult root, Size content) => Math.Max(root.Y + root.Height, content.Height);

    /// <summary>Decodes and applies one op batch; a malformed batch is one diagnostic and changes nothing.</summary>
    public ApplyResult Apply(ReadOnlySpan<byte> batch)
    {
        BatchCount++;
        _batch.Clear();
        return OpStreamReader.Read(batch, _names, _batch, _diagnostics) ? Store.Apply(_batch, _diagnostics) : default;
    }

    /// <summary>
    /// Brings styles, boxes, layout and laid-out text up to date for a viewport of
    /// <paramref name="viewport"/> CSS px at <paramref name="devicePixelRatio"/>. Returns what it did
    /// and how long each stage took.
    /// </summary>
    public UpdateStats Update(Size viewport, float devicePixelRatio)
    {
        var started = Stopwatch.GetTimestamp();
        var restyle = Cascade.Apply(Store);
        CollectPaintInvalidation();
        var styled = Stopwatch.GetTimestamp();
        if (devicePixelRatio != _textRatio)
        {
            // Text rounds line boxes in device pixels (FontMetrics.At, Chromium's zoom for the
            // device scale factor): at a new ratio every paragraph is built and laid out again.
            _textRatio = devicePixelRatio;
            Boxes.Measurer.DevicePixelRatio = devicePixelRatio;
            foreach (ref var cache in Boxes.Caches.AsSpan())
            {
                cache.Clear();
            }

            Store.MarkDirty(Root, NodeFlags.LayoutDirty);
        }

        var changed = Boxes.Sync(Store, Cascade.Styles, restyle.Restyled > 0);
        var relaid = changed || viewport != _laidOutViewport;
        if (relaid)
        {
            if (viewport != _laidOutViewport)
            {
                Boxes.Caches[Root].Clear();
            }

            var tree = Boxes.View;
            _onLayoutThread = LayoutEngine.ComputeAnyDepth(ref tree, Root, viewport, devicePixelRatio, _onLayoutThread);
            _laidOutViewport = viewport;
            if (LayoutEngine.LastPassTruncatedSubtrees > 0 && !_reportedTooDeep)
            {
                ReportTooDeep(LayoutEngine.LastPassTruncatedSubtrees);
            }
        }

        var laidOut = Stopwatch.GetTimestamp();
        if (relaid)
        {
            Boxes.LayOutText();
        }

        var texted = Stopwatch.GetTimestamp();
        return new UpdateStats(
            restyle.Restyled,
            relaid,
            Boxes.BoxCount,
            Stopwatch.GetElapsedTime(started, styled),
            Stopwatch.GetElapsedTime(styled, laidOut),
            Stopwatch.GetElapsedTime(laidOut, texted));
    }

    /// <summary>
    /// Layout left some subtrees empty because they sit deeper than it goes: one warning per page (not per
    /// frame, as every later pass truncates them again), naming the page and how deep its boxes nest.
    /// </summary>
    private void ReportTooDeep(int truncated)
    {
        _reportedTooDeep = true;
        var depth = BoxDepth();
        var page = Route.Length > 0 ? $"page '{Route}'" : "the page";
        var message = $"{page} nests boxes {depth} levels deep; layout goes {LayoutEngine.MaxDepth} levels deep "
            + $"(less when the layout thread's stack runs short), so {truncated} deeper subtree(s) are laid out empty";
        var location = Route.Length > 0 ? SourceLocation.InFile(Route + ".wxml") : SourceLocation.None;
        _diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.LayoutTooDeep, message, location));
    }

    /// <summary>The number of box levels below the root, walked without recursion (the tree is too deep for it).</summary>
    private int BoxDepth()
    {
        var tree = Boxes.View;
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((Root, 0));
        var deepest = 0;
        while (stack.TryPop(out var top))
        {
            deepest = Math.Max(deepest, top.Depth);
            var count = tree.ChildCount(top.Node);
            for (var i = 0; i < count; i++)
            {
                stack.Push((tree.GetChild(top.Node, i), top.Depth + 1));
            }
        }

        return deepest;
    }
}
