using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Sparrow.Host.Shell;

/// <summary>
/// The <c>shell</c> render requests the wx layer sends (<c>lib/wx/ui.js</c>,
/// <c>navigation-bar.js</c>, <c>tab-bar.js</c>; docs/shell.md), applied to a <see cref="ShellState"/>.
/// The wx layer has checked the options and filled in WeChat's defaults; what arrives here malformed
/// is a bug there, reported by the caller.
/// </summary>
internal static class ShellRequests
{
    /// <summary>
    /// Applies request <paramref name="json"/> (with <c>op</c>) of page <paramref name="pageId"/>, whose
    /// answer id is <paramref name="requestId"/>. <paramref name="displaced"/> is the dialog a new one
    /// replaced (its caller is answered as cancelled). False when the request is not understood.
    /// </summary>
    public static bool TryApply(ShellState state, int pageId, int requestId, JsonElement json, double nowMs, Func<int, NavigationBarState> barOf, out ShellOverlay? displaced)
    {
        displaced = null;
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("op", out var op) || op.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        switch (op.GetString())
        {
            case "toast":
                var duration = Number(json, "duration") ?? 1500;
                state.SetToast(new ToastOverlay(Text(json, "title"), Text(json, "icon", "success"), ShellConfig.Rooted(Text(json, "image")), Flag(json, "mask"), nowMs + duration, Loading: false));
                return true;
            case "loading":
                state.SetToast(new ToastOverlay(Text(json, "title"), "loading", null, Flag(json, "mask"), double.PositiveInfinity, Loading: true));
                return true;
            case "hideToast" or "hideLoading":
                // Toast and loading share the slot; either call hides either unless noConflict is set.
                var loading = op.GetString() == "hideLoading";
                if (state.Toast is { } shown && (!Flag(json, "noConflict") || shown.Loading == loading))
                {
                    state.SetToast(null);
                }

                return true;
            case "modal":
                displaced = state.Dialog;
                state.SetDialog(new ModalOverlay(
                    requestId,
                    Text(json, "title"),
                    Text(json, "content"),
                    !json.TryGetProperty("showCancel", out var showCancel) || showCancel.ValueKind != JsonValueKind.False,
                    Text(json, "cancelText", "取消"),
                    Color(json, "cancelColor", "#000000"),
                    Text(json, "confirmText", "确定"),
                    Color(json, "confirmColor", "#576b95")));
                return true;
            case "actionSheet":
                if (!json.TryGetProperty("itemList", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    return false;
                }

                var items = new List<string>();
                foreach (var item in list.EnumerateArray())
                {
                    items.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString());
                }

                displaced = state.Dialog;
                state.SetDialog(new ActionSheetOverlay(requestId, json.TryGetProperty("alertText", out var alert) ? alert.GetString() : null, items, Color(json, "itemColor", "#000000")));
                return true;
            case "navigationBar":
                state.SetBar(pageId, NavigationBar(barOf(pageId), json));
                return true;
            case "tabBar":
                return state.TabBar is { } tabs && TryTabBar(state, tabs, json);
            default:
                return false;
        }
    }

    private static NavigationBarState NavigationBar(NavigationBarState bar, JsonElement json)
    {
        if (json.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            bar = bar with { Title = title.GetString()! };
        }

        return bar with
        {
            FrontColor = Color(json, "frontColor", bar.FrontColor),
            BackgroundColor = Color(json, "backgroundColor", bar.BackgroundColor),
            Loading = json.TryGetProperty("loading", out var loading) ? loading.ValueKind == JsonValueKind.True : bar.Loading,
        };
    }

    private static bool TryTabBar(ShellState state, TabBarState tabs, JsonElement json)
    {
        var action = Text(json, "action");
        switch (action)
        {
            case "show" or "hide":
                state.SetTabBar(tabs with { Visible = action == "show" });
                return true;
            case "style":
                state.SetTabBar(tabs with
                {
                    Color = Color(json, "color", tabs.Color),
                    SelectedColor = Color(json, "selectedColor", tabs.SelectedColor),
                    BackgroundColor = Color(json, "backgroundColor", tabs.BackgroundColor),
                    BorderStyle = Text(json, "borderStyle", tabs.BorderStyle) is "white" ? "white" : "black",
                });
                return true;
        }

        var index = (int)(Number(json, "index") ?? -1);
        if (index < 0 || index >= tabs.Items.Count)
        {
            return false;
        }

        var item = tabs.Items[index];
        item = action switch
        {
            "badge" => item with { Badge = Text(json, "text") },
            "removeBadge" => item with { Badge = null },
            "redDot" => item with { RedDot = true },
            "hideRedDot" => item with { RedDot = false },
            "item" => item with
            {
                Text = Text(json, "text", item.Text),
                IconPath = ShellConfig.Rooted(Text(json, "iconPath", item.IconPath ?? string.Empty)),
                SelectedIconPath = ShellConfig.Rooted(Text(json, "selectedIconPath", item.SelectedIconPath ?? string.Empty)),
            },
            _ => null!,
        };
        if (item is null)
        {
            return false;
        }

        var items = new List<TabBarItemState>(tabs.Items) { [index] = item };
        state.SetTabBar(tabs with { Items = items });
        return true;
    }

    private static string Text(JsonElement json, string name, string fallback = "") =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : fallback;

    private static string Color(JsonElement json, string name, string fallback) => ShellColors.Normalize(Text(json, name)) ?? fallback;

    private static double? Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static bool Flag(JsonElement json, string name) => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
