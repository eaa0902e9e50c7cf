using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// A laid-out store of a benchmark tree whose change leaf's width toggles between its own and one point
/// more, so that every <see cref="ChangeAndCompute"/> is a real change that dirties the leaf and its ancestors.
/// </summary>
internal sealed class LeafToggle
{
    private readonly int _leaf;
    private readonly LayoutStyle _narrow;
    private readonly LayoutStyle _wide;
    private bool _toggle;

    /// <summary>Builds <paramref name="tree"/> into a fresh store and lays it out once.</summary>
    public LeafToggle(LayoutPeerTree tree)
    {
        Store = tree.Build();
        _leaf = tree.ChangeLeaf;
        _narrow = Store.GetStyle(_leaf);
        _wide = _narrow;
        _wide.Width = Length.Points((tree.Nodes[_leaf].Width ?? 0) + 1);
        Store.Compute(0, LayoutPeerTrees.Viewport);
    }

    public LayoutTreeStore Store { get; }

    /// <summary>Toggles the leaf's width, then lays the tree out.</summary>
    public void ChangeAndCompute()
    {
        _toggle = !_toggle;
        Store.SetStyle(_leaf, _toggle ? _wide : _narrow);
        Store.Compute(0, LayoutPeerTrees.Viewport);
    }
}
