using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Layout;

namespace Sparrow.Host.Images;

/// <summary>
/// The image component's size modes that come from the picture: <c>mode="widthFix"</c> keeps the
/// width the styles give and takes the height from it and the natural aspect ratio; <c>heightFix</c>
/// keeps the height and takes the width. WeChat applies them once the image has loaded (before that
/// the box has its styled size, 320×240 by default). One page's natural sizes, by node slot;
/// <see cref="Rendering.BoxTreeStore"/> asks <see cref="Adjust"/> for every image's layout style.
/// Render thread only.
/// </summary>
public sealed class ImageSizes
{
    private readonly Dictionary<int, (uint Generation, int Width, int Height)> _natural = [];
    private AtomTable? _atoms;
    private Atom _image;
    private Atom _wxImage;
    private Atom _mode;

    /// <summary>
    /// Records the natural size of the image element <paramref name="node"/> (generation
    /// <paramref name="generation"/>); a new size marks the node for layout.
    /// </summary>
    public void Set(NodeStore store, int node, uint generation, int width, int height)
    {
        System.ArgumentNullException.ThrowIfNull(store);
        if (_natural.TryGetValue(node, out var known) && known == (generation, width, height))
        {
            return;
        }

        _natural[node] = (generation, width, height);
        if ((uint)node < (uint)store.SlotCount && store.Generation[node] == generation)
        {
            store.MarkDirty(node, NodeFlags.LayoutDirty);
        }
    }

    /// <summary>The natural size recorded for <paramref name="node"/>, if the slot still holds that element.</summary>
    public bool TryGet(NodeStore store, int node, out int width, out int height)
    {
        System.ArgumentNullException.ThrowIfNull(store);
        width = height = 0;
        if (!_natural.TryGetValue(node, out var known) || (uint)node >= (uint)store.SlotCount || store.Generation[node] != known.Generation)
        {
            return false;
        }

        (width, height) = (known.Width, known.Height);
        return width > 0 && height > 0;
    }

    /// <summary>
    /// For an image element in <c>widthFix</c> / <c>heightFix</c> mode whose natural size is known:
    /// the other dimension becomes <c>auto</c> and the box keeps the picture's aspect ratio (CSS
    /// <c>aspect-ratio</c>, which layout resolves from the fixed side). Other nodes are left alone.
    /// </summary>
    internal void Adjust(NodeStore store, int node, ref LayoutStyle style)
    {
        if (_natural.Count == 0 || store.Kind[node] != NodeKind.Element)
        {
            return;
        }

        ResolveAtoms(store.Atoms);
        var tag = store.Tag[node];
        if ((tag != _image && tag != _wxImage) || !TryGet(store, node, out var width, out var height))
        {
            return;
        }

        var mode = store.GetAttribute(node, _mode);
        if (mode == "widthFix")
        {
            style.Height = Length.Auto;
            style.AspectRatio = (float)width / height;
        }
        else if (mode == "heightFix")
        {
            style.Width = Length.Auto;
            style.AspectRatio = (float)width / height;
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
        _mode = atoms.Intern("mode");
    }
}
