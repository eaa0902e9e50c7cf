using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Package.Json;

namespace Sparrow.Host.Shell;

/// <summary>
/// The shell's starting state from the package: <c>app.json</c>'s <c>window</c> with the page's json
/// over it (the page's keys win), and <c>app.json</c>'s <c>tabBar</c>. A value of the wrong type or an
/// unknown keyword is a diagnostic at its place and WeChat's default is used.
/// </summary>
internal static class ShellConfig
{
    private const string DefaultBackground = "#000000";
    private const string White = "#ffffff";
    private const string Black = "#000000";

    /// <summary>The navigation bar of the page at <paramref name="route"/>.</summary>
    public static NavigationBarState NavigationBar(MiniProgramPackage package, string route, bool canGoBack, IDiagnosticSink diagnostics)
    {
        var app = package.Window;
        var page = package.FindPage(route)?.Config;
        var title = Value(page, app, "navigationBarTitleText")?.Text ?? string.Empty;
        var background = Color(Value(page, app, "navigationBarBackgroundColor"), DefaultBackground, diagnostics);
        var front = White;
        if (Value(page, app, "navigationBarTextStyle") is { } style)
        {
            front = style.Text switch
            {
                "white" => White,
                "black" => Black,
                _ => Invalid(style, "navigationBarTextStyle is 'white' or 'black'", White, diagnostics),
            };
        }

        var custom = Value(page, app, "navigationStyle") is { Text: "custom" };
        return new NavigationBarState(title, background, front, custom, Loading: false, canGoBack);
    }

    /// <summary>The app's tabBar, or null when <c>app.json</c> has none.</summary>
    public static TabBarState? TabBar(MiniProgramPackage package, IDiagnosticSink diagnostics)
    {
        var node = package.App?["tabBar"];
        if (node is not { IsObject: true } || package.TabBar.Count == 0)
        {
            return null;
        }

        if (node["list"] is { } list && list.Items.Count is < 2 or > 5)
        {
            diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.ShellConfigInvalid, $"tabBar.list has {list.Items.Count} items; WeChat takes 2 to 5 (the first five are shown)", list.Location));
        }

        var top = node["position"] is { } position && (position.Text == "top" || (position.Text != "bottom" && Invalid(position, "tabBar.position is 'bottom' or 'top'", false, diagnostics)));
        var items = new List<TabBarItemState>();
        foreach (var item in package.TabBar)
        {
            if (items.Count == 5)
            {
                break;
            }

            items.Add(new TabBarItemState(item.PagePath, item.Text, Rooted(item.IconPath), Rooted(item.SelectedIconPath), Badge: null, RedDot: false));
        }

        var border = "black";
        if (node["borderStyle"] is { } borderStyle)
        {
            border = borderStyle.Text is "black" or "white" ? borderStyle.Text : Invalid(borderStyle, "tabBar.borderStyle is 'black' or 'white'", "black", diagnostics);
        }

        return new TabBarState(
            items,
            Color(node["color"], "#7a7e83", diagnostics),
            Color(node["selectedColor"], "#3cc51f", diagnostics),
            Color(node["backgroundColor"], White, diagnostics),
            border,
            top,
            Visible: true,
            Selected: -1);
    }

    /// <summary>A package path as the image source takes it: rooted at the package.</summary>
    public static string? Rooted(string? path) => string.IsNullOrEmpty(path) ? null : path[0] == '/' ? path : "/" + path;

    private static JsonNode? Value(JsonNode? page, JsonNode? app, string key) => page?[key] ?? app?[key];

    private static string Color(JsonNode? value, string fallback, IDiagnosticSink diagnostics)
    {
        if (value is null)
        {
            return fallback;
        }

        return ShellColors.Normalize(value.Text) ?? Invalid(value, "a color here is hexadecimal, e.g. #ffffff", fallback, diagnostics);
    }

    private static T Invalid<T>(JsonNode value, string rule, T fallback, IDiagnosticSink diagnostics)
    {
        diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.ShellConfigInvalid, $"{rule}; '{value.Text ?? value.Kind.ToString()}' is not, so WeChat's default is used", value.Location));
        return fallback;
    }
}
