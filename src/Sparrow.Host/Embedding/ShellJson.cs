using System;
using System.Text.Json;
using Sparrow.Host.Shell;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

/// <summary>The shell's state as JSON objects, the form the C ABI's shell callbacks pass (docs/embedding.md names the fields).</summary>
public static class ShellJson
{
    /// <summary><c>{"title","backgroundColor","frontColor","custom","loading","canGoBack"}</c>.</summary>
    public static string Of(NavigationBarState bar)
    {
        ArgumentNullException.ThrowIfNull(bar);
        return Write(w =>
        {
            w.WriteString("title", bar.Title);
            w.WriteString("backgroundColor", bar.BackgroundColor);
            w.WriteString("frontColor", bar.FrontColor);
            w.WriteBoolean("custom", bar.Custom);
            w.WriteBoolean("loading", bar.Loading);
            w.WriteBoolean("canGoBack", bar.CanGoBack);
        });
    }

    /// <summary>
    /// <c>{"items":[{"pagePath","text","iconPath","selectedIconPath","badge","redDot"}],"color","selectedColor",
    /// "backgroundColor","borderStyle","top","visible","selected"}</c> (absent icons and badges are null).
    /// </summary>
    public static string Of(TabBarState tabBar)
    {
        ArgumentNullException.ThrowIfNull(tabBar);
        return Write(w =>
        {
            w.WriteStartArray("items");
            foreach (var item in tabBar.Items)
            {
                w.WriteStartObject();
                w.WriteString("pagePath", item.PagePath);
                w.WriteString("text", item.Text);
                w.WriteString("iconPath", item.IconPath);
                w.WriteString("selectedIconPath", item.SelectedIconPath);
                w.WriteString("badge", item.Badge);
                w.WriteBoolean("redDot", item.RedDot);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("color", tabBar.Color);
            w.WriteString("selectedColor", tabBar.SelectedColor);
            w.WriteString("backgroundColor", tabBar.BackgroundColor);
            w.WriteString("borderStyle", tabBar.BorderStyle);
            w.WriteBoolean("top", tabBar.Top);
            w.WriteBoolean("visible", tabBar.Visible);
            w.WriteNumber("selected", tabBar.Selected);
        });
    }

    private static string Write(Action<Utf8JsonWriter> write) => JsonText.Object(write);
}
