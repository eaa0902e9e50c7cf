namespace Sparrow.Package;

/// <summary>One <c>tabBar.list</c> entry of <c>app.json</c>.</summary>
public sealed record TabBarItem(string PagePath, string Text, string? IconPath, string? SelectedIconPath);
