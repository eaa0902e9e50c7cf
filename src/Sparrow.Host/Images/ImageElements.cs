using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Images;

/// <summary>
/// The image elements of one page and what they were told: each connected <c>image</c> element's
/// <c>src</c> is requested from the <see cref="PackageImageSource"/> (every one, whether painted or
/// not, as WeChat loads them), and once that load is decided the element raises one <c>load</c> or
/// <c>error</c> event; a changed <c>src</c> (or a new element in the slot) raises again, a steady
/// frame raises nothing. An element with <c>lazy-load</c> is not requested until its border box,
/// as painted (scroll-view offsets included), comes within <see cref="LazyScreens"/> viewport heights
/// (widths, sideways) of the visible area. Render thread only.
/// </summary>
public sealed class ImageElements
{
    /// <summary>How many viewports ahead of the visible area a <c>lazy-load</c> image is requested (WeChat: "about three screens").</summary>
    public const float LazyScreens = 3;

    private readonly Dictionary<int, Tracked> _tracked = [];
    private readonly List<int> _stale = [];
    private AtomTable? _atoms;
    private Atom _image;
    private Atom _wxImage;
    private Atom _src;
    private Atom _lazyLoad;

    /// <summary>
    /// Requests the images of <paramref name="page"/>'s connected image elements that are due
    /// (precondition: the page is laid out; <paramref name="tree"/> is its box tree as painted), with
    /// the page scrolled to <paramref name="scrollY"/> in a <paramref name="viewport"/>. Returns
    /// whether any requested load has not raised its event yet.
    /// </summary>
    public bool Request(PageDocument page, BoxTree tree, PackageImageSource source, Size viewport, float scrollY)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(source);
        var store = page.Store;
        ResolveAtoms(store.Atoms);
        ForgetGone(store);
        var outstanding = false;
        var kinds = store.Kind;
        var tags = store.Tag;
        for (var node = 0; node < store.SlotCount; node++)
        {
            if (kinds[node] != NodeKind.Element || (tags[node] != _image && tags[node] != _wxImage) || !store.IsConnected(node))
            {
                continue;
            }

            var src = store.GetAttribute(node, _src);
            if (string.IsNullOrEmpty(src))
            {
                continue;
            }

            var generation = store.Generation[node];
            if (_tracked.TryGetValue(node, out var seen) && seen.Generation == generation && seen.Src == src)
            {
                outstanding |= !seen.Raised;
                continue;
            }

            if (IsLazy(store.GetAttribute(node, _lazyLoad)) && !IsNear(page.Boxes, tree, node, viewport, scrollY))
            {
                continue;
            }

            source.Request(src);
            _tracked[node] = new Tracked(generation, src, Raised: false);
            outstanding = true;
        }

        return outstanding;
    }

    /// <summary>Adds to <paramref name="raised"/> one event for each requested element whose load is now decided.</summary>
    public void TakeEvents(PackageImageSource source, List<ImageEvent> raised)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(raised);
        _stale.Clear();
        foreach (var (node, seen) in _tracked)
        {
            if (!seen.Raised && source.StateOf(seen.Src, out _, out _, out _) != ImageLoadState.Loading)
            {
                _stale.Add(node);
            }
        }

        // Slot order, so the events of one frame come in document-creation order on every run.
        _stale.Sort();
        foreach (var node in _stale)
        {
            var seen = _tracked[node];
            var state = source.StateOf(seen.Src, out var width, out var height, out var error);
            var detail = state == ImageLoadState.Ready
                ? string.Create(CultureInfo.InvariantCulture, $"{{\"height\":{height},\"width\":{width}}}")
                : "{\"errMsg\":\"" + JsonEncodedText.Encode(error ?? "the image could not be loaded").Value + "\"}";
            raised.Add(new ImageEvent(node, seen.Generation, state == ImageLoadState.Ready ? "load" : "error", seen.Src, detail));
            _tracked[node] = seen with { Raised = true };
        }
    }

    /// <summary>WeChat reads a boolean attribute as false when absent, <c>false</c>, <c>null</c> or <c>0</c>.</summary>
    private static bool IsLazy(string? value) => value is not null and not "false" and not "null" and not "0";

    /// <summary>Whether the element's painted border box lies within <see cref="LazyScreens"/> viewports of the visible area.</summary>
    private static bool IsNear(BoxTreeStore boxes, BoxTree tree, int node, Size viewport, float scrollY)
    {
        var x = 0f;
        var y = 0f;
        for (var n = node; n >= 0; n = boxes.BoxParent(n))
        {
            ref readonly var box = ref tree.Box(n);
            var offset = tree.PaintOffset(n);
            x += box.X + offset.X;
            y += box.Y + offset.Y;
        }

        ref readonly var own = ref tree.Box(node);
        y -= scrollY;
        var reachX = viewport.Width * LazyScreens;
        var reachY = viewport.Height * LazyScreens;
        return y < viewport.Height + reachY && y + own.Height > -reachY
            && x < viewport.Width + reachX && x + own.Width > -reachX;
    }

    private void ForgetGone(NodeStore store)
    {
        _stale.Clear();
        foreach (var (node, seen) in _tracked)
        {
            if (node >= store.SlotCount || store.Generation[node] != seen.Generation || store.Kind[node] != NodeKind.Element)
            {
                _stale.Add(node);
            }
        }

        foreach (var node in _stale)
        {
            _tracked.Remove(node);
        }
    }

    private void ResolveAtoms(AtomTable atoms)
    {
        if (ReferenceEquals(atoms, _atoms))
        {
            return;
        }

        _atoms = atoms;
        _image = atoms.Intern("image");
        _wxImage = atoms.Intern("wx-image");
        _src = atoms.Intern("src");
        _lazyLoad = atoms.Intern("lazy-load");
        _tracked.Clear();
    }

    private readonly record struct Tracked(uint Generation, string Src, bool Raised);
}
