using System;
using Sparrow.Core;

namespace Sparrow.Host.Shell;

/// <summary>
/// Where the shell's parts sit on a window of <see cref="Width"/> × <see cref="Height"/> CSS px, as in
/// WeChat: the status bar and the 44 px navigation bar at the top (none with navigationStyle custom),
/// the 50 px tabBar at the bottom (or under the navigation bar with position top) on tab pages; the
/// page's viewport is what is left (<see cref="PageArea"/>). The safe-area inset at the bottom is 0 on
/// the headless device. <c>lib/wx/shell-window.js</c> computes the same <c>windowHeight</c>.
/// </summary>
public readonly record struct ShellMetrics(float Width, float Height, float NavigationTop, float TabBarTop, float TabBarHeight, bool TabBarAtTop)
{
    /// <summary>The status bar's height (MiniProgramRuntimeOptions.StatusBarHeight's default, reported as <c>statusBarHeight</c>).</summary>
    public const float StatusBarHeight = 20;

    /// <summary>The navigation bar's height below the status bar.</summary>
    public const float NavigationBarHeight = 44;

    /// <summary>The tabBar's height (plus the bottom safe-area inset, 0 here).</summary>
    public const float TabBarBarHeight = 50;

    /// <summary>The page's viewport in window coordinates.</summary>
    public Rect PageArea
    {
        get
        {
            var top = NavigationTop + (TabBarAtTop ? TabBarHeight : 0);
            var bottom = TabBarAtTop ? 0 : TabBarHeight;
            return new Rect(0, top, Width, Math.Max(0, Height - top - bottom));
        }
    }

    /// <summary>The whole window as the page's viewport (the shell is off).</summary>
    public static ShellMetrics None(float width, float height) => new(width, height, 0, 0, 0, false);

    /// <summary>The metrics for a page with <paramref name="navigation"/> and, on tab pages, <paramref name="tabBar"/>.</summary>
    public static ShellMetrics Of(float width, float height, NavigationBarState? navigation, TabBarState? tabBar)
    {
        var top = navigation is null || navigation.Custom ? 0 : StatusBarHeight + NavigationBarHeight;
        var showsTabs = tabBar is { Visible: true, Selected: >= 0 };
        var atTop = showsTabs && tabBar!.Top;
        var tabHeight = showsTabs ? TabBarBarHeight : 0;
        var tabTop = atTop ? top : height - tabHeight;
        return new ShellMetrics(width, height, top, tabTop, tabHeight, atTop);
    }
}
