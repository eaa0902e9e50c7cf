using System;
using Sparrow.Core;
using Sparrow.Host.Shell;

namespace Sparrow.Host.Embedding;

public sealed partial class MiniProgram
{
    private string? _lastRoute;
    private NavigationBarState? _lastBar;
    private TabBarState? _lastTabBar;

    /// <summary>
    /// The page on top changed (navigation, back, tab switch): the new route, or null when no page is
    /// open. Raised on the program's thread during <see cref="RenderFrame"/>. A handler that throws is
    /// reported as diagnostic SP1153 and the frame goes on.
    /// </summary>
    public event EventHandler<string?>? RouteChanged;

    /// <summary>
    /// The navigation bar of the page on top changed (title, colors, loading, back button, custom
    /// style), or another page came on top. Raised on the program's thread during
    /// <see cref="RenderFrame"/>, once per frame with the latest state; the first frame raises it with
    /// the launch page's bar. Whether or not the engine draws the shell (<see cref="OpenOptions.Shell"/>),
    /// so an app can draw the bar itself. A handler that throws is diagnostic SP1153.
    /// </summary>
    public event EventHandler<NavigationBarState>? NavigationBarChanged;

    /// <summary>
    /// The tabBar changed (selected tab, an item, a badge, red dot, style, shown or hidden). As
    /// <see cref="NavigationBarChanged"/>: during <see cref="RenderFrame"/>, the first frame with the
    /// starting state; never for an app without a tabBar.
    /// </summary>
    public event EventHandler<TabBarState>? TabBarChanged;

    /// <summary>The navigation bar of the page on top now, or null before a page opened.</summary>
    public NavigationBarState? NavigationBar => _session.Shell.NavigationBar;

    /// <summary>The tabBar now, or null when the app has none.</summary>
    public TabBarState? TabBar => _session.Shell.TabBar;

    /// <summary>
    /// The next <see cref="RenderFrame"/> raises <see cref="NavigationBarChanged"/> and
    /// <see cref="TabBarChanged"/> with the current state even if it did not change: for handlers
    /// attached after the first frame.
    /// </summary>
    public void ResendShellState()
    {
        Verify();
        _lastBar = null;
        _lastTabBar = null;
    }

    /// <summary>Raises the events for what changed since the last frame (the shell replaces its state objects on every change).</summary>
    private void RaiseChanges()
    {
        var route = _session.CurrentRoute;
        if (route != _lastRoute)
        {
            _lastRoute = route;
            Raise(nameof(RouteChanged), () => RouteChanged?.Invoke(this, route));
        }

        if (NavigationBar is { } bar && !ReferenceEquals(bar, _lastBar))
        {
            _lastBar = bar;
            Raise(nameof(NavigationBarChanged), () => NavigationBarChanged?.Invoke(this, bar));
        }

        if (TabBar is { } tabBar && !ReferenceEquals(tabBar, _lastTabBar))
        {
            _lastTabBar = tabBar;
            Raise(nameof(TabBarChanged), () => TabBarChanged?.Invoke(this, tabBar));
        }
    }

    private void Raise(string name, Action raise)
    {
        try
        {
            raise();
        }
#pragma warning disable CA1031 // An app's handler must not stop the frame: its failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _diagnostics.Report(Diagnostic.Warning(EmbeddingDiagnosticCodes.CallbackFailed, $"a {name} handler threw: {e.Message}", SourceLocation.None));
        }
    }
}
