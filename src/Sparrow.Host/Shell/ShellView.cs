using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Input;
using Sparrow.Host.Rendering;
using Sparrow.Paint;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Host.Shell;

/// <summary>
/// The shell drawn and hit-tested: a small <see cref="PageDocument"/> of its own, rebuilt from the
/// <see cref="ShellState"/> whenever its <see cref="ShellState.Version"/> or the metrics move (rare:
/// a title, a tab, a toast), laid out on the whole window and painted with our Paint stage into a
/// scene the session puts over the page's. Entry points: <see cref="Sync"/>, then <see cref="Paint"/>,
/// <see cref="HitTest"/>, <see cref="BoxOf"/>. Render thread only.
/// </summary>
internal sealed class ShellView
{
    private readonly TextMeasurer _measurer;
    private readonly IDiagnosticSink _diagnostics;
    private readonly HitTester _hitTester = new();
    private readonly SceneBuilder _scene = new();
    private PageDocument? _document;
    private Painter? _painter;
    private int _version = -1;
    private ShellMetrics _metrics;
    private float _ratio;

    public ShellView(TextMeasurer measurer, IDiagnosticSink diagnostics)
    {
        _measurer = measurer;
        _diagnostics = diagnostics;
    }

    /// <summary>Brings the tree and its layout up to date with <paramref name="state"/> on a window of <paramref name="metrics"/>.</summary>
    public void Sync(ShellState state, in ShellMetrics metrics, float ratio)
    {
        if (_document is null || state.Version != _version || metrics != _metrics || ratio != _ratio)
        {
            _version = state.Version;
            _metrics = metrics;
            _ratio = ratio;
            _document = new PageDocument(new StyleEnvironment(metrics.Width, metrics.Height), null, _measurer, _diagnostics);
            _document.Cascade.AddStyleSheet(ShellStyles.Sheet, "sparrow:shell.wxss");
            _document.Apply(ShellTreeWriter.Write(state, metrics));
            _painter = null; // its per-node scratch belongs to the old document
        }

        _document.Update(new Size(metrics.Width, metrics.Height), ratio);
    }

    /// <summary>Paints the shell over the whole window into a scene of its own. Precondition: <see cref="Sync"/>.</summary>
    public DisplayList Paint(ITileAtlas glyphAtlas, ITileAtlas colorAtlas, GlyphRasterizer? glyphs, IImageSource? images)
    {
        var document = _document!;
        _painter ??= new Painter(glyphAtlas, colorAtlas, glyphs, images);
        var size = new Size(_metrics.Width, _metrics.Height);
        return _painter.BuildScene(new BoxTree(document.Boxes), document.Root, document.Store, document.Cascade.Styles, _scene, new PaintContext(_ratio, size));
    }

    /// <summary>The shell part (<see cref="ShellTargets"/>) under the window point, or null where the page shows through.</summary>
    public string? HitTest(float x, float y)
    {
        if (_document is not { } document)
        {
            return null;
        }

        var size = new Size(_metrics.Width, _metrics.Height);
        var store = document.Store;
        for (var n = _hitTester.HitTest(new BoxTree(document.Boxes), document.Root, store, document.Cascade.Styles, size, default, new Point(x, y)); n >= 0 && n != document.Root; n = store.Parent[n])
        {
            if (!store.Id[n].IsEmpty)
            {
                return store.NameOf(store.Id[n]);
            }
        }

        return null;
    }

    /// <summary>The window rectangle of shell part <paramref name="target"/>, or null when it is not shown.</summary>
    public Rect? BoxOf(string target)
    {
        if (_document is not { } document)
        {
            return null;
        }

        var store = document.Store;
        for (var n = 0; n < store.SlotCount; n++)
        {
            if (store.Kind[n] != NodeKind.Element || store.Id[n].IsEmpty || store.NameOf(store.Id[n]) != target || !document.Boxes.IsBox(n))
            {
                continue;
            }

            var x = 0f;
            var y = 0f;
            for (var b = n; b >= 0; b = document.Boxes.BoxParent(b))
            {
                ref readonly var box = ref document.Boxes.GetLayout(b);
                x += box.X;
                y += box.Y;
            }

            ref readonly var own = ref document.Boxes.GetLayout(n);
            return new Rect(x, y, own.Width, own.Height);
        }

        return null;
    }
}
