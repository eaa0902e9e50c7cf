using System;
using System.Collections.Generic;

namespace Sparrow.Host.Shell;

/// <summary>
/// The app shell's state (docs/shell.md): the navigation bar of each open page, the tabBar, the toast
/// slot and the dialog (modal or action sheet). The render thread changes it, from <c>app.json</c>,
/// the wx APIs' requests and taps; an embedder subscribes to the events to mirror the shell in its own
/// UI. Events are raised on the render thread, after the change. Render thread only.
/// </summary>
public sealed class ShellState
{
    private readonly Dictionary<int, NavigationBarState> _bars = [];
    private int _pageId;

    internal ShellState(TabBarState? tabBar) => TabBar = tabBar;

    /// <summary>The navigation bar of the page on top changed (title, colors, loading, back button), or another page came on top.</summary>
    public event Action<NavigationBarState>? NavigationBarChanged;

    /// <summary>The tabBar changed: the selected tab, an item, a badge, the style or its visibility.</summary>
    public event Action<TabBarState>? TabBarChanged;

    /// <summary>The toast slot or the dialog changed (shown, replaced or hidden).</summary>
    public event Action<ShellState>? OverlayChanged;

    /// <summary>The navigation bar of the page on top, or null before the first page opened.</summary>
    public NavigationBarState? NavigationBar => _bars.GetValueOrDefault(_pageId);

    /// <summary>The tabBar, or null when the app has none.</summary>
    public TabBarState? TabBar { get; private set; }

    /// <summary>The toast or loading shown, or null.</summary>
    public ToastOverlay? Toast { get; private set; }

    /// <summary>The modal or action sheet shown, or null.</summary>
    public ShellOverlay? Dialog { get; private set; }

    /// <summary>Goes up by one at every change: the view rebuilds when it moved.</summary>
    public int Version { get; private set; }

    /// <summary>The page on top's id.</summary>
    internal int PageId => _pageId;

    /// <summary>Page <paramref name="pageId"/>'s bar, or null when it has none yet.</summary>
    internal NavigationBarState? BarOf(int pageId) => _bars.GetValueOrDefault(pageId);

    /// <summary>Sets page <paramref name="pageId"/>'s bar (a page opening, or a wx call on it).</summary>
    internal void SetBar(int pageId, NavigationBarState bar)
    {
        if (_bars.TryGetValue(pageId, out var old) && old == bar)
        {
            return;
        }

        _bars[pageId] = bar;
        if (pageId == _pageId)
        {
            Version++;
            NavigationBarChanged?.Invoke(bar);
        }
    }

    /// <summary>Page <paramref name="pageId"/> is on top now; <paramref name="selectedTab"/> is its tab index or −1.</summary>
    internal void ShowPage(int pageId, int selectedTab)
    {
        if (pageId != _pageId)
        {
            _pageId = pageId;
            Version++;
            if (NavigationBar is { } bar)
            {
                NavigationBarChanged?.Invoke(bar);
            }
        }

        if (TabBar is { } tabs && tabs.Selected != selectedTab)
        {
            SetTabBar(tabs with { Selected = selectedTab });
        }
    }

    /// <summary>A closed page's bar goes with it.</summary>
    internal void ForgetPage(int pageId) => _bars.Remove(pageId);

    internal void SetTabBar(TabBarState tabBar)
    {
        if (TabBar == tabBar)
        {
            return;
        }

        TabBar = tabBar;
        Version++;
        TabBarChanged?.Invoke(tabBar);
    }

    internal void SetToast(ToastOverlay? toast)
    {
        if (Toast == toast)
        {
            return;
        }

        Toast = toast;
        Version++;
        OverlayChanged?.Invoke(this);
    }

    internal void SetDialog(ShellOverlay? dialog)
    {
        if (Dialog == dialog)
        {
            return;
        }

        Dialog = dialog;
        Version++;
        OverlayChanged?.Invoke(this);
    }
}
