using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Shell;
using Sparrow.Scene;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Headless;

/// <summary>
/// The app shell (docs/shell.md): the navigation bar, the tabBar and the overlays of
/// <c>wx.showToast</c>, <c>wx.showLoading</c>, <c>wx.showModal</c> and <c>wx.showActionSheet</c>.
/// Its state (<see cref="Shell"/>) is kept whatever <see cref="HeadlessOptions.Shell"/> says; with the
/// option on it is drawn over the page in the same frame, the page's viewport shrinks to what the bars
/// leave (<see cref="PageViewport"/>), and the pointer methods take window coordinates: a touch on a
/// shell part is handled here and never reaches the page, the rest are moved into the page's client
/// coordinates. Render thread only.
/// </summary>
public sealed partial class HeadlessSession
{
    private ShellState? _shell;
    private ShellView? _shellView;
    private int _shellFinger = -1;
    private string? _shellPressed;

    /// <summary>The shell's state: navigation bar of the page on top, tabBar, toast and dialog. Subscribe to its events to mirror it.</summary>
    public ShellState Shell => _shell ??= new ShellState(ShellConfig.TabBar(Package, _diagnostics));

    /// <summary>Where the bars and the page's viewport are in the window now (the whole window when the shell is off).</summary>
    public ShellMetrics ShellLayout
    {
        get
        {
            if (!Options.Shell)
            {
                return ShellMetrics.None(Options.Width, Options.Height);
            }

            SyncShellPage();
            return ShellMetrics.Of(Options.Width, Options.Height, Shell.NavigationBar, Shell.TabBar);
        }
    }

    /// <summary>How far down the window the page's viewport starts, CSS px (0 when the shell is off).</summary>
    public float PageTop => ShellLayout.PageArea.Y;

    /// <summary>The page's viewport size in CSS px: the layout viewport, <c>windowHeight</c> and the scroll range.</summary>
    public Size PageViewport => ShellLayout.PageArea.Size;

    /// <summary>
    /// The centre of shell part <paramref name="target"/> (<see cref="ShellTargets"/>: <c>back</c>,
    /// <c>tab:1</c>, <c>modal:confirm</c>, <c>actionsheet:2</c>, …) in window coordinates, or null when
    /// the shell is off or the part is not shown.
    /// </summary>
    public Point? ShellPoint(string target)
    {
        if (!Options.Shell || UpToDateShell()?.BoxOf(target) is not { } box)
        {
            return null;
        }

        return new Point(box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    /// <summary>The viewport the page is painted for: the whole window with the shell (the frame's size), moved into place afterwards.</summary>
    private Size PaintViewport(Size pageViewport) => Options.Shell ? new Size(Options.Width, Options.Height) : pageViewport;

    /// <summary>The page on top's scene moved into the page's viewport, with the shell painted over it. Paint's last step.</summary>
    private DisplayList ComposeShell(DisplayList scene, float ratio)
    {
        if (!Options.Shell || _rasterizer is null || UpToDateShell() is not { } view)
        {
            return scene;
        }

        var area = ShellLayout.PageArea;
        var device = new Rect(area.X * ratio, area.Y * ratio, area.Width * ratio, area.Height * ratio);
        ShellCompositor.MovePage(scene, device.Y, device);
        var shell = view.Paint(_rasterizer.GlyphAtlas, _rasterizer.ColorAtlas, _glyphs, _images);
        for (var retry = 0; retry < 3 && _images is { Loading: > 0 }; retry++)
        {
            // Icons seen for the first time: wait and paint the shell again, as the page's paint does.
            _images.WaitForLoads(TimeSpan.FromSeconds(10));
            shell = view.Paint(_rasterizer.GlyphAtlas, _rasterizer.ColorAtlas, _glyphs, _images);
        }

        ShellCompositor.Append(scene, shell);
        return scene;
    }

    /// <summary>A <c>shell</c> render request (wx.showToast, wx.showModal, wx.setNavigationBarTitle, …): the state changes; drawn at the next frame.</summary>
    private void OnShellRequest(RenderRequest request)
    {
        try
        {
            using var doc = JsonDocument.Parse(request.Json);
            if (!ShellRequests.TryApply(Shell, request.PageId, request.Id, doc.RootElement, ClockMs, BarFor, out var displaced))
            {
                ReportBadShellRequest(request);
                return;
            }

            // A dialog shown over another: the one underneath is answered as cancelled.
            if (displaced is ModalOverlay modal)
            {
                Answer(modal.RequestId, "{\"confirm\":false,\"cancel\":true}");
            }
            else if (displaced is ActionSheetOverlay sheet)
            {
                Answer(sheet.RequestId, "{\"cancel\":true}");
            }
        }
        catch (JsonException)
        {
            ReportBadShellRequest(request);
        }
    }

    private NavigationBarState BarFor(int pageId) =>
        Shell.BarOf(pageId) ?? ShellConfig.NavigationBar(Package, _routes.GetValueOrDefault(pageId) ?? string.Empty, canGoBack: false, _diagnostics);

    private void ReportBadShellRequest(RenderRequest request) =>
        _diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.ShellRequestInvalid, $"shell request of page {request.PageId} was not understood: {request.Json}", SourceLocation.None));

    /// <summary>The render tick's part: the page on top's bar and tab, and a toast whose time is up hides.</summary>
    private void ShellTick()
    {
        SyncShellPage();
        if (Shell.Toast is { Loading: false } toast && ClockMs >= toast.HideAtMs)
        {
            Shell.SetToast(null);
        }
    }

    /// <summary>Finger down at a window point: true when the shell takes it; else the point is moved into the page's client coordinates.</summary>
    private bool ShellPointerDown(int finger, ref float x, ref float y)
    {
        if (!Options.Shell)
        {
            return false;
        }

        if (UpToDateShell()?.HitTest(x, y) is { } target)
        {
            // One finger at a time works the shell; a second one on it is ignored, never given to the page.
            if (_shellFinger < 0)
            {
                _shellFinger = finger;
                _shellPressed = target;
            }

            return true;
        }

        y -= PageTop;
        return false;
    }

    /// <summary>A finger moves: a shell finger stays with the shell; a page finger's point is moved into the page.</summary>
    private bool ShellPointerMove(int finger, ref float y)
    {
        if (!Options.Shell)
        {
            return false;
        }

        if (finger == _shellFinger)
        {
            return true;
        }

        y -= PageTop;
        return false;
    }

    /// <summary>A finger lifts: on the part it went down on, that part acts (a tap); a page finger's point is moved into the page.</summary>
    private bool ShellPointerUp(int finger, ref float x, ref float y)
    {
        if (!Options.Shell)
        {
            return false;
        }

        if (finger != _shellFinger)
        {
            y -= PageTop;
            return false;
        }

        var pressed = _shellPressed;
        _shellFinger = -1;
        _shellPressed = null;
        if (pressed is not null && UpToDateShell()?.HitTest(x, y) == pressed)
        {
            ActivateShell(pressed);
        }

        return true;
    }

    /// <summary>A shell finger taken away: nothing acts.</summary>
    private bool ShellPointerCancel(int finger)
    {
        if (finger != _shellFinger || _shellFinger < 0)
        {
            return false;
        }

        _shellFinger = -1;
        _shellPressed = null;
        return true;
    }

    private void ActivateShell(string target)
    {
        var dialog = Shell.Dialog;
        switch (target)
        {
            case ShellTargets.Back:
                Post(Runtime.PostShellCall("back", "{}"));
                return;
            case ShellTargets.ModalConfirm or ShellTargets.ModalCancel when dialog is ModalOverlay modal:
                var confirm = target == ShellTargets.ModalConfirm;
                Shell.SetDialog(null);
                Answer(modal.RequestId, confirm ? "{\"confirm\":true,\"cancel\":false}" : "{\"confirm\":false,\"cancel\":true}");
                return;
            case ShellTargets.ActionSheetCancel or ShellTargets.Mask when dialog is ActionSheetOverlay sheet:
                Shell.SetDialog(null);
                Answer(sheet.RequestId, "{\"cancel\":true}");
                return;
        }

        if (target.StartsWith("tab:", StringComparison.Ordinal) && int.TryParse(target.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var tab))
        {
            Post(Runtime.PostShellCall("tabTap", "{\"index\":" + tab.ToString(CultureInfo.InvariantCulture) + "}"));
        }
        else if (target.StartsWith("actionsheet:", StringComparison.Ordinal) && dialog is ActionSheetOverlay chosen
            && int.TryParse(target.AsSpan(12), NumberStyles.None, CultureInfo.InvariantCulture, out var item))
        {
            Shell.SetDialog(null);
            Answer(chosen.RequestId, "{\"tapIndex\":" + item.ToString(CultureInfo.InvariantCulture) + "}");
        }
    }

    /// <summary>The page on top's bar (made from its config when it is new) and its tab, in the shell state.</summary>
    private void SyncShellPage()
    {
        if (_stack.Count == 0)
        {
            return;
        }

        var pageId = _stack[^1];
        var route = _routes.GetValueOrDefault(pageId) ?? string.Empty;
        var state = Shell;
        var tab = TabIndexOf(route);
        // Tab pages never show a back button; other pages do above the first.
        var canGoBack = tab < 0 && _stack.Count > 1;
        if (state.BarOf(pageId) is not { } bar)
        {
            state.SetBar(pageId, ShellConfig.NavigationBar(Package, route, canGoBack, _diagnostics));
        }
        else if (bar.CanGoBack != canGoBack)
        {
            state.SetBar(pageId, bar with { CanGoBack = canGoBack });
        }

        state.ShowPage(pageId, tab);
    }

    private int TabIndexOf(string route)
    {
        var items = Shell.TabBar?.Items;
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (items[i].PagePath == route)
            {
                return i;
            }
        }

        return -1;
    }

    private ShellView? UpToDateShell()
    {
        if (!Options.Shell)
        {
            return null;
        }

        Drain();
        var metrics = ShellLayout;
        var view = _shellView ??= new ShellView(_measurer, _diagnostics);
        view.Sync(Shell, metrics, (float)Options.PixelRatio);
        return view;
    }
}
