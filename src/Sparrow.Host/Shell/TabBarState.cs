using System.Collections.Generic;

namespace Sparrow.Host.Shell;

/// <summary>
/// The app's tabBar: <c>app.json</c>'s <c>tabBar</c>, then <c>wx.setTabBarStyle</c>,
/// <c>wx.setTabBarItem</c>, badges and <c>wx.showTabBar</c> / <c>wx.hideTabBar</c>. It shows on tab
/// pages only; <see cref="Selected"/> is the tab of the page on top (−1 on other pages).
/// </summary>
/// <param name="Items">The 2–5 items.</param>
/// <param name="Color">The label color of unselected items.</param>
/// <param name="SelectedColor">The label color of the selected item.</param>
/// <param name="BackgroundColor">The bar's background.</param>
/// <param name="BorderStyle">The top border: <c>black</c> or <c>white</c>.</param>
/// <param name="Top">position top: the bar sits under the navigation bar and shows no icons.</param>
/// <param name="Visible">false after <c>wx.hideTabBar</c>: the page takes the bar's room.</param>
/// <param name="Selected">The selected item's index, or −1.</param>
public sealed record TabBarState(IReadOnlyList<TabBarItemState> Items, string Color, string SelectedColor, string BackgroundColor, string BorderStyle, bool Top, bool Visible, int Selected);
