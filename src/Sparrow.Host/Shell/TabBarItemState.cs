namespace Sparrow.Host.Shell;

/// <summary>One tabBar item as drawn: <c>app.json</c>'s entry, then <c>wx.setTabBarItem</c>, badges and red dots.</summary>
/// <param name="PagePath">The tab's page route (no leading slash).</param>
/// <param name="Text">The label.</param>
/// <param name="IconPath">The icon's package path, or null.</param>
/// <param name="SelectedIconPath">The icon shown while selected, or null.</param>
/// <param name="Badge">The badge's text (<c>wx.setTabBarBadge</c>), or null.</param>
/// <param name="RedDot">A red dot shows (<c>wx.showTabBarRedDot</c>); a badge wins over it.</param>
public sealed record TabBarItemState(string PagePath, string Text, string? IconPath, string? SelectedIconPath, string? Badge, bool RedDot);
