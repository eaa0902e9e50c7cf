using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Sparrow.Host.Images;
using Sparrow.Host.Input;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Headless;

/// <summary>
/// The image component's <c>bindload</c>/<c>binderror</c> (<see cref="ImageElements"/>, one per page):
/// at each frame, after layout and the components' update, the page on top's image elements request
/// their <c>src</c> (a <c>lazy-load</c> one only once it is near the visible area), the frame waits for
/// those loads (headless: the same run gives the same events), and each element whose load is decided
/// gets one <c>load</c> (<c>{height, width}</c>, natural px) or <c>error</c> (<c>{errMsg}</c>) event
/// dispatched on it through glass-easel, kept in <see cref="ImageEvents"/>. Without a GPU the images
/// are still read and decoded for these events. Render thread only.
/// </summary>
public sealed partial class HeadlessSession
{
    private readonly ConditionalWeakTable<PageDocument, ImageElements> _imageElements = [];
    private readonly List<ImageEvent> _imageScratch = [];
    private readonly List<InputEventRecord> _imageEvents = [];

    /// <summary>Every image event dispatched so far (<c>load</c>, <c>error</c>), in order.</summary>
    public IReadOnlyList<InputEventRecord> ImageEvents => _imageEvents;

    /// <summary>Every image URL whose load was started (by Paint or by an image element), in order; empty before the first frame.</summary>
    public IReadOnlyList<string> ImageRequests => (IReadOnlyList<string>?)_images?.Requests ?? [];

    /// <summary>Requests the due images of <paramref name="page"/>, waits for them and dispatches their events. Precondition: its layout and components are up to date.</summary>
    private void UpdateImages(PageDocument page)
    {
        var images = _images ??= new PackageImageSource(Package.Root, null, _diagnostics);
        images.Network ??= Options.Network ?? HttpClientNetwork.Shared;
        if (CurrentRoute is { } route)
        {
            images.BaseDirectory = PackagePaths.DirectoryOf("/" + route);
        }

        if (!_imageElements.TryGetValue(page, out var elements))
        {
            elements = new ImageElements();
            _imageElements.Add(page, elements);
            page.Boxes.ImageSizes ??= new ImageSizes();
        }

        var viewport = PageViewport;
        if (!elements.Request(page, ViewOf(page), images, viewport, ScrollY))
        {
            return;
        }

        // Uploads need the GL context; a headless frame waits for its images so every run sees the same events.
        _rasterizer?.Device.MakeCurrent();
        images.WaitForLoads(TimeSpan.FromSeconds(10));
        elements.TakeEvents(images, _imageScratch);
        if (_imageScratch.Count == 0)
        {
            return;
        }

        // Copied out first: a handler's setData is applied while it runs.
        var raised = _imageScratch.ToArray();
        _imageScratch.Clear();
        // Natural sizes first: widthFix / heightFix boxes take them at the layout below.
        foreach (var e in raised)
        {
            if (e.Type == "load" && images.StateOf(e.Src, out var width, out var height, out _) == ImageLoadState.Ready)
            {
                page.Boxes.ImageSizes!.Set(page.Store, e.Node, e.Generation, width, height);
            }
        }

        foreach (var e in raised)
        {
            DispatchImageEvent(page, e);
        }

        // The handlers may have changed the page: lay it out again so what is painted matches the store.
        page.Update(viewport, (float)Options.PixelRatio);
    }

    private void DispatchImageEvent(PageDocument page, in ImageEvent e)
    {
        var store = page.Store;
        var node = e.Node;
        var live = (uint)node < (uint)store.SlotCount && store.Generation[node] == e.Generation;
        var handle = live ? (int)store.Handle[node] : 0;
        var type = e.Type;
        var detail = e.DetailJson;
        var delivered = handle != 0 && OnLogicThread(runtime => runtime.DispatchEventAsync(handle, type, detail));
        var id = live && !store.Id[node].IsEmpty ? ElementQuery.LogicalId(store.NameOf(store.Id[node])) : null;
        _imageEvents.Add(new InputEventRecord(ClockMs, type, node, handle, id, live ? TagOf(store, node) : string.Empty, 0, 0, delivered));
    }
}
