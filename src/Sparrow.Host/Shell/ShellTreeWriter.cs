using System.Globalization;
using Sparrow.Dom;

namespace Sparrow.Host.Shell;

/// <summary>
/// Writes the shell's element tree for a <see cref="ShellState"/> as one op batch (the same stream
/// the base library writes for pages), so it is styled, laid out and painted by our own stages.
/// Elements a tap can act on carry an id (<see cref="ShellTargets"/>): <c>back</c>, <c>tab:N</c>,
/// <c>modal:confirm</c>, <c>modal:cancel</c>, <c>actionsheet:N</c>, <c>actionsheet:cancel</c>,
/// <c>mask</c>; <c>navbar</c>, <c>tabbar</c> and <c>toast</c> only stop the touch reaching the page.
/// </summary>
internal sealed class ShellTreeWriter
{
    private readonly OpStreamWriter _w = new();
    private uint _next = 2; // 1 is the root (NodeStore.RootHandle)

    /// <summary>The batch that builds <paramref name="state"/> on an empty document.</summary>
    public static byte[] Write(ShellState state, in ShellMetrics metrics)
    {
        var writer = new ShellTreeWriter();
        writer.Build(state, metrics);
        return writer._w.Finish();
    }

    private void Build(ShellState state, in ShellMetrics metrics)
    {
        if (state.NavigationBar is { Custom: false } bar)
        {
            NavigationBar(bar);
        }

        if (state.TabBar is { } tabs && metrics.TabBarHeight > 0)
        {
            TabBar(tabs, metrics);
        }

        switch (state.Dialog)
        {
            case ModalOverlay modal:
                Modal(modal);
                break;
            case ActionSheetOverlay sheet:
                ActionSheet(sheet);
                break;
        }

        if (state.Toast is { } toast)
        {
            Toast(toast);
        }
    }

    private void NavigationBar(NavigationBarState bar)
    {
        var nav = View(1, "nav", ShellTargets.NavigationBar);
        _w.SetStyle(nav, $"background-color: {bar.BackgroundColor};");
        var row = View(nav, "nav-bar");
        if (bar.CanGoBack)
        {
            var back = View(row, "nav-back", ShellTargets.Back);
            var chevron = View(back, "chevron");
            _w.SetStyle(chevron, $"border-color: {bar.FrontColor};");
        }

        if (bar.Loading)
        {
            var ring = View(row, "nav-loading");
            _w.SetStyle(ring, $"border-color: {bar.FrontColor}; border-top-color: transparent;");
        }

        var title = Text(row, "nav-title", bar.Title);
        _w.SetStyle(title, $"color: {bar.FrontColor};");
    }

    private void TabBar(TabBarState tabs, in ShellMetrics metrics)
    {
        var bar = View(1, "tabbar", ShellTargets.TabBar);
        var border = tabs.BorderStyle == "white" ? "rgba(255, 255, 255, 0.33)" : "rgba(0, 0, 0, 0.33)";
        var edge = tabs.Top ? "bottom" : "top";
        _w.SetStyle(bar, string.Create(CultureInfo.InvariantCulture, $"top: {metrics.TabBarTop}px; background-color: {tabs.BackgroundColor}; border-{edge}: 1px solid {border};"));
        for (var i = 0; i < tabs.Items.Count; i++)
        {
            var item = tabs.Items[i];
            var selected = i == tabs.Selected;
            var color = selected ? tabs.SelectedColor : tabs.Color;
            var tab = View(bar, "tab", ShellTargets.Tab(i));
            if (!tabs.Top && (selected ? item.SelectedIconPath ?? item.IconPath : item.IconPath) is { } icon)
            {
                var image = Element(tab, "image", "wx-image", "tab-icon");
                _w.SetAttribute(image, "src", icon);
            }

            var label = Text(tab, tabs.Top ? "tab-text-top" : "tab-text", item.Text);
            _w.SetStyle(label, $"color: {color};");
            if (tabs.Top && selected)
            {
                var line = View(tab, "tab-underline");
                _w.SetStyle(line, $"background-color: {tabs.SelectedColor};");
            }

            if (item.Badge is { } badge)
            {
                Text(tab, "badge", badge);
            }
            else if (item.RedDot)
            {
                View(tab, "dot");
            }
        }
    }

    private void Toast(ToastOverlay toast)
    {
        // Without a mask the toast lets touches through, to the page and the bars.
        var layer = View(1, toast.Mask ? "layer center" : "layer center through", toast.Mask ? ShellTargets.Mask : null);
        var plain = toast.Image is null && toast.Icon == "none";
        if (plain)
        {
            var box = View(layer, "toast-text-only through", ShellTargets.Toast);
            Text(box, "toast-text-plain", toast.Title);
            return;
        }

        var card = View(layer, "toast through", ShellTargets.Toast);
        if (toast.Image is { } image)
        {
            var picture = Element(card, "image", "wx-image", "toast-image");
            _w.SetAttribute(picture, "src", image);
        }
        else
        {
            var icon = View(card, "icon-box");
            switch (toast.Icon)
            {
                case "loading":
                    View(icon, "icon-spinner");
                    break;
                case "error":
                    Text(View(icon, "icon-ring"), "icon-bang", "!");
                    break;
                default:
                    View(icon, "icon-check");
                    break;
            }
        }

        if (toast.Title.Length > 0)
        {
            Text(card, "toast-text", toast.Title);
        }
    }

    private void Modal(ModalOverlay modal)
    {
        var mask = View(1, "layer center mask", ShellTargets.Mask);
        var box = View(mask, "modal");
        if (modal.Title.Length > 0)
        {
            Text(box, "modal-title", modal.Title);
        }

        if (modal.Content.Length > 0 || modal.Title.Length == 0)
        {
            var content = Text(box, "modal-content", modal.Content);
            // With a title the content is secondary (grey); alone it reads as the title would.
            _w.SetStyle(content, modal.Title.Length > 0 ? "color: rgba(0, 0, 0, 0.5);" : "color: #000000; padding-top: 32px;");
        }

        var buttons = View(box, "modal-buttons");
        if (modal.ShowCancel)
        {
            var cancel = Text(buttons, "modal-button", modal.CancelText, ShellTargets.ModalCancel);
            _w.SetStyle(cancel, $"color: {modal.CancelColor};");
        }

        var confirm = Text(buttons, modal.ShowCancel ? "modal-button modal-divider" : "modal-button", modal.ConfirmText, ShellTargets.ModalConfirm);
        _w.SetStyle(confirm, $"color: {modal.ConfirmColor};");
    }

    private void ActionSheet(ActionSheetOverlay sheet)
    {
        var mask = View(1, "layer mask", ShellTargets.Mask);
        var box = View(mask, "sheet");
        var first = true;
        if (sheet.AlertText is { Length: > 0 } alert)
        {
            Text(box, "sheet-alert", alert);
            first = false;
        }

        for (var i = 0; i < sheet.Items.Count; i++)
        {
            var item = Text(box, first ? "sheet-item" : "sheet-item sheet-line", sheet.Items[i], ShellTargets.ActionSheetItem(i));
            _w.SetStyle(item, $"color: {sheet.ItemColor};");
            first = false;
        }

        Text(box, "sheet-item sheet-cancel", "取消", ShellTargets.ActionSheetCancel);
    }

    private uint View(uint parent, string classes, string? id = null) => Element(parent, "view", "wx-view", classes, id);

    /// <summary>A view holding one text node (the view is the one styled and hit).</summary>
    private uint Text(uint parent, string classes, string text, string? id = null)
    {
        var view = View(parent, classes, id);
        var node = _next++;
        _w.CreateText(node, text);
        _w.AppendChild(view, node);
        return view;
    }

    private uint Element(uint parent, string logicalName, string stylingName, string classes, string? id = null)
    {
        var node = _next++;
        _w.CreateElement(node, logicalName, stylingName);
        foreach (var name in classes.Split(' '))
        {
            _w.AddClass(node, name);
        }

        if (id is not null)
        {
            _w.SetId(node, id);
        }

        _w.AppendChild(parent, node);
        return node;
    }
}
