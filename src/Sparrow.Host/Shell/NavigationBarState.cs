namespace Sparrow.Host.Shell;

/// <summary>
/// One page's navigation bar as the shell draws it: from <c>app.json</c>'s <c>window</c>, the page's
/// json, then <c>wx.setNavigationBarTitle</c> / <c>wx.setNavigationBarColor</c> /
/// <c>wx.showNavigationBarLoading</c>. Colors are <c>#rrggbb</c>.
/// </summary>
/// <param name="Title">navigationBarTitleText.</param>
/// <param name="BackgroundColor">navigationBarBackgroundColor (WeChat's default <c>#000000</c>).</param>
/// <param name="FrontColor">The title and button color: <c>#ffffff</c> (navigationBarTextStyle white, the default) or <c>#000000</c> (black).</param>
/// <param name="Custom">navigationStyle custom: no bar is drawn and the page starts at the top of the screen.</param>
/// <param name="Loading">A loading indicator shows left of the title.</param>
/// <param name="CanGoBack">A back button shows (the page is not the first on the stack).</param>
public sealed record NavigationBarState(string Title, string BackgroundColor, string FrontColor, bool Custom, bool Loading, bool CanGoBack);
