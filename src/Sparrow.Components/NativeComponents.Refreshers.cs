using System.Collections.Generic;

namespace Sparrow.Components;

/// <summary>Refreshers pulled out now, for the host to paint their band (background and three dots).</summary>
public sealed partial class NativeComponents
{
    /// <summary>Adds every scroll-view whose refresher shows (content pulled below its top) to <paramref name="into"/>.</summary>
    public void CollectRefreshers(List<RefresherView> into)
    {
        System.ArgumentNullException.ThrowIfNull(into);
        foreach (var (node, view) in _scrollViews)
        {
            if (!view.RefresherEnabled || view.Top >= 0 || view.Generation != _store.Generation[node])
            {
                continue;
            }

            var style = _store.GetAttribute(node, _tags.RefresherDefaultStyle) switch
            {
                "white" => "white",
                "none" => "none",
                _ => "black",
            };
            var background = _store.GetAttribute(node, _tags.RefresherBackground) is { Length: > 0 } b ? b : "#FFF";
            into.Add(new RefresherView(node, -view.Top, view.RefresherThreshold, view.Refreshing, style, background));
        }
    }
}
