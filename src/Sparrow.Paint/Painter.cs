using System;
using System.Numerics;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// The paint stage: turns the laid-out box tree, its computed styles and its laid-out text into a
/// scene (<see cref="SceneBuilder"/>), back to front in the order of CSS 2.1 Appendix E
/// (https://www.w3.org/TR/CSS21/zindex.html), with Chromium as the oracle where the spec leaves room.
/// Entry point: <see cref="BuildScene{TTree}"/>. Render thread only; one painter per page (it keeps
/// per-node scratch columns and a glyph placement cache between frames, so a steady-state frame
/// allocates nothing).
/// </summary>
public sealed partial class Painter
{
    private readonly ITileAtlas _glyphAtlas;
    private readonly ITileAtlas _colorAtlas;
    private readonly GlyphRasterizer? _rasterizer;
    private readonly IImageSource? _images;
    private readonly ColorResolver _colors = new();

    private NodeStore _store = null!;
    private ComputedStyleStore _styles = null!;
    private SceneBuilder _builder = null!;
    private PaintContext _context;
    private Rect _target;
    private int _root;
    private float _rootFontSize;

    private AtomTable? _atoms;
    private Atom _srcAtom;
    private Atom _modeAtom;
    private Atom _imageAtom;
    private Atom _wxImageAtom;

    private int _statBoxes;
    private int _statContexts;
    private int _statCulled;
    private int _statGlyphs;
    private int _statRasterized;
    private int _statDropped;
    private int _statImagesPending;

    public Painter(ITileAtlas glyphAtlas, ITileAtlas colorAtlas, GlyphRasterizer? rasterizer, IImageSource? images = null)
    {
        ArgumentNullException.ThrowIfNull(glyphAtlas);
        ArgumentNullException.ThrowIfNull(colorAtlas);
        _glyphAtlas = glyphAtlas;
        _colorAtlas = colorAtlas;
        _rasterizer = rasterizer;
        _images = images;
    }

    /// <summary>Counts from the last frame.</summary>
    public PaintStats Stats => new(_statBoxes, _statContexts, _statCulled, _statGlyphs, _statRasterized, _statDropped, _statImagesPending, _statRebuilt, _statReused);

    /// <summary>
    /// Paints the subtree of <paramref name="root"/> into <paramref name="builder"/> (begun and ended
    /// here) and returns the display list. Precondition: styles and layout are resolved for this
    /// frame — <c>Cascade.Apply</c> ran on <paramref name="store"/> and filled <paramref name="styles"/>,
    /// layout wrote every box of <paramref name="tree"/> (with its pixel-snapped <c>Rounded</c> box) and
    /// every text leaf's <see cref="TextLayout"/> is laid out at its content width. Node indices of the
    /// tree are slots of <paramref name="store"/>.
    /// </summary>
    public DisplayList BuildScene<TTree>(in TTree tree, int root, NodeStore store, ComputedStyleStore styles, SceneBuilder builder, in PaintContext context)
        where TTree : struct, IPaintTree
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentNullException.ThrowIfNull(builder);
        if (!(context.DevicePixelRatio > 0))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(context), "The device pixel ratio must be positive.");
        }

        _store = store;
        _styles = styles;
        _builder = builder;
        _context = context;
        _root = root;
        _target = new Rect(0, 0, context.TargetSize.Width, context.TargetSize.Height);
        _rootFontSize = FontSize(root);
        _statBoxes = _statContexts = _statCulled = _statGlyphs = _statRasterized = _statDropped = _statImagesPending = 0;
        ResolveAtoms(store.Atoms);
        EnsureColumns(store.SlotCount);

        BeginIncrementalFrame(store.SlotCount);
        _counter = 0;
        Collect(tree, root, 0, 0, 0, 0, root, -1, -1, -1, false);
        if (_incremental)
        {
            FindDirty(tree);
        }

        builder.Begin(context.TargetSize);

        // Scene README, units: the device pixel ratio is the outermost transform; the page scrolls under it.
        var scale = context.DevicePixelRatio;
        builder.PushTransform(Matrix3x2.CreateTranslation(-context.Scroll.X, -context.Scroll.Y) * Matrix3x2.CreateScale(scale));
        PaintStackingContext(tree, root);
        builder.PopTransform();
        _layerTop = 0;
        var list = builder.End();
        EndIncrementalFrame(list);
        return list;
    }

    private void ResolveAtoms(AtomTable atoms)
    {
        if (ReferenceEquals(atoms, _atoms))
        {
            return;
        }

        _atoms = atoms;
        _srcAtom = atoms.Intern("src");
        _modeAtom = atoms.Intern("mode");
        _imageAtom = atoms.Intern("image");
        _wxImageAtom = atoms.Intern("wx-image");
    }

    private CssValue Style(CssProperty property, int node) => _styles.Get(property, node);

    private float FontSize(int node) => BoxStyle.FontSize(_styles, node);

    private LengthContext LengthsFor(int node) => new(FontSize(node), _rootFontSize, _context.Viewport.Width, _context.Viewport.Height);

    /// <summary>The element whose computed style a text node paints with (<see cref="BoxStyle.ElementOf"/>).</summary>
    private int ElementOf(int node) => BoxStyle.ElementOf(_store, node, _store.Root.Index);

    /// <summary>Whether <paramref name="rect"/> (current local space) reaches the target at all.</summary>
    private bool OnTarget(Rect rect)
    {
        var device = SceneBuilder.TransformBounds(rect, _builder.Transform);
        return device.Right > _target.Left && device.Left < _target.Right && device.Bottom > _target.Top && device.Top < _target.Bottom;
    }
}
