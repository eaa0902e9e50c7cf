using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Host.Capture;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Sparrow.Paint;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Host.Headless;

public sealed partial class HeadlessSession
{
    private readonly Dictionary<PageDocument, Painter> _painters = [];
    private GlyphRasterizer? _glyphs;

    /// <summary>
    /// Paint rebuilds only the dirty chunks of each page's scene (Paint README, incremental paint); the
    /// scene is the same as a full build's, item for item.
    /// </summary>
    private const bool IncrementalPaint = true;

    private void CreatePainter() => _glyphs = new GlyphRasterizer();

    /// <summary>The rasterizer goes before the font system whose faces it used (Text README).</summary>
    private void DisposePainter()
    {
        _painters.Clear();
        _glyphs?.Dispose();
        _glyphs = null;
    }

    /// <summary>Paints <paramref name="page"/> with its own painter (a painter keeps per-page scratch columns between frames).</summary>
    private DisplayList PaintPage(PageDocument page, SceneBuilder scene, Size viewport, float ratio)
    {
        if (!_painters.TryGetValue(page, out var painter))
        {
            IImageSource? images = _images;
            if (_images is not null && RecordingOf(page) is { } recording)
            {
                images = new RecordingImageSource(_images, recording);
            }

            painter = new Painter(_rasterizer!.GlyphAtlas, _rasterizer.ColorAtlas, _glyphs, images) { Incremental = IncrementalPaint };
            _painters[page] = painter;
        }

        // The page's dirty signal since the last paint (PageDocument.PaintInvalidation.cs): the painter
        // rebuilds the chunks of the scene it reaches and copies the rest from its last frame.
        if (page.PaintDirtyAll)
        {
            painter.InvalidateAll();
        }
        else
        {
            painter.Invalidate(page.PaintDirtyNodes);
        }

        page.ClearPaintInvalidation();

        if (_images is not null && CurrentRoute is { } route)
        {
            _images.BaseDirectory = PackagePaths.DirectoryOf("/" + route);
        }

        var tree = ViewOf(page);
        return painter.BuildScene(tree, page.Root, page.Store, page.Cascade.Styles, scene, new PaintContext(ratio, PaintViewport(viewport), new Point(0, ScrollY)));
    }

    private PageRecording? RecordingOf(PageDocument page)
    {
        foreach (var (id, document) in _pages)
        {
            if (document == page)
            {
                return _recordings.GetValueOrDefault(id);
            }
        }

        return null;
    }
}
