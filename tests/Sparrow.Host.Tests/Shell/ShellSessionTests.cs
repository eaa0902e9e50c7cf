using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Shell;
using Xunit;

namespace Sparrow.Host.Tests.Shell;

/// <summary>The shell's state, geometry and taps on tests/data/shell-app (no drawing needed).</summary>
public sealed class ShellSessionTests
{
    [Fact]
    public void The_page_viewport_and_window_height_are_the_screen_less_the_bars()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);

        Assert.Equal(new Size(375, 667 - ShellPackage.Top - ShellPackage.TabBar), session.PageViewport);
        Assert.Equal(ShellPackage.Top, session.PageTop);
        Assert.Equal("[553,667,20]", ShellPackage.Json(session, "[wx.getSystemInfoSync().windowHeight, wx.getWindowInfo().screenHeight, wx.getWindowInfo().statusBarHeight]"));
        // The page is 2,264 px tall (box 100, three 44 px buttons with 8 px margins 164, filler 2,000); 553 of it shows.
        Assert.Equal(2264 - 553, session.MaxScrollY);
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Without_the_shell_the_page_has_the_whole_window()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics, shell: false);

        Assert.Equal(new Size(375, 667), session.PageViewport);
        Assert.Equal("667", ShellPackage.Json(session, "wx.getSystemInfoSync().windowHeight"));
        // The state is still kept (an embedder may draw the bars itself).
        Assert.Equal("Home", session.Shell.NavigationBar?.Title);
    }

    [Fact]
    public void The_bars_start_from_app_json_and_the_page_json()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);

        var bar = session.Shell.NavigationBar!;
        Assert.Equal(new NavigationBarState("Home", "#1aad19", "#ffffff", Custom: false, Loading: false, CanGoBack: false), bar);
        var tabs = session.Shell.TabBar!;
        Assert.Equal(0, tabs.Selected);
        Assert.Equal(["首页", "列表", "我的"], tabs.Items.Select(i => i.Text));
        Assert.Equal("/icons/blue.png", tabs.Items[0].SelectedIconPath);
        Assert.Equal(("#999999", "#ff0000", "#ffffff"), (tabs.Color, tabs.SelectedColor, tabs.BackgroundColor));
    }

    [Fact]
    public void Tapping_a_tab_switches_to_its_page_hiding_the_one_before()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.TakeEvents(session);
        var changes = 0;
        session.Shell.TabBarChanged += _ => changes++;

        ShellPackage.Tap(session, ShellTargets.Tab(1));

        Assert.Equal("pages/list/list", session.CurrentRoute);
        Assert.Equal(["home onTabItemTap 1 pages/list/list 列表", "home onHide", "list onLoad", "list onShow"], ShellPackage.TakeEvents(session));
        Assert.Equal(1, session.Shell.TabBar!.Selected);
        Assert.Equal("List", session.Shell.NavigationBar!.Title);
        Assert.True(changes >= 1);

        // Back to the first tab: it was kept alive, so it only shows again.
        ShellPackage.Tap(session, ShellTargets.Tab(0));
        Assert.Equal(["list onTabItemTap 0 pages/home/home 首页", "list onHide", "home onShow"], ShellPackage.TakeEvents(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_custom_navigation_style_page_has_no_bar_and_starts_at_the_top()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.Tap(session, ShellTargets.Tab(2));

        Assert.Equal("pages/me/me", session.CurrentRoute);
        Assert.True(session.Shell.NavigationBar!.Custom);
        Assert.Equal(0, session.PageTop);
        Assert.Equal(667 - ShellPackage.TabBar, session.PageViewport.Height);
        Assert.Equal("617", ShellPackage.Json(session, "wx.getSystemInfoSync().windowHeight"));
        Assert.Null(session.ShellPoint(ShellTargets.Back));
    }

    [Fact]
    public void The_back_button_shows_above_the_first_page_and_navigates_back()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        Assert.Null(session.ShellPoint(ShellTargets.Back));
        ShellPackage.Run(session, "wx.navigateTo({ url: '/pages/detail/detail' })");
        ShellPackage.TakeEvents(session);

        Assert.Equal("pages/detail/detail", session.CurrentRoute);
        Assert.Equal(new NavigationBarState("Detail", "#ffffff", "#000000", false, false, CanGoBack: true), session.Shell.NavigationBar);
        Assert.Equal(667 - ShellPackage.Top, session.PageViewport.Height); // not a tab page: no tabBar
        Assert.Equal("603", ShellPackage.Json(session, "wx.getSystemInfoSync().windowHeight"));

        ShellPackage.Tap(session, ShellTargets.Back);
        Assert.Equal("pages/home/home", session.CurrentRoute);
        Assert.Equal(["detail onUnload", "home onShow"], ShellPackage.TakeEvents(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Set_navigation_bar_title_and_color_change_the_bar_of_the_page()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        NavigationBarState? seen = null;
        session.Shell.NavigationBarChanged += bar => seen = bar;

        ShellPackage.Run(session, """
            wx.setNavigationBarTitle({ title: '新标题' });
            wx.setNavigationBarColor({ frontColor: '#000000', backgroundColor: '#abc' });
            wx.showNavigationBarLoading();
            wx.setNavigationBarColor({ frontColor: 'red', backgroundColor: '#fff', fail: (e) => globalThis.__events.push(e.errMsg) });
            """);
        session.RenderFrame(capture: false);

        Assert.Equal(new NavigationBarState("新标题", "#aabbcc", "#000000", false, Loading: true, false), session.Shell.NavigationBar);
        Assert.Equal(session.Shell.NavigationBar, seen);
        Assert.Equal(["setNavigationBarColor:fail invalid frontColor \"red\""], ShellPackage.TakeEvents(session)[^1..]);
    }

    [Fact]
    public void Show_modal_waits_for_a_tap_and_confirm_answers_confirm_true()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.TakeEvents(session);
        ShellPackage.Run(session, """
            wx.showModal({ title: '删除', content: '确定删除吗？', confirmColor: '#ff0000',
              success: (r) => globalThis.__events.push(`modal ${r.confirm} ${r.cancel} ${r.errMsg}`) });
            """);
        session.Wait(TimeSpan.FromSeconds(10)); // nobody taps: it stays up, unanswered
        Assert.Empty(ShellPackage.TakeEvents(session));
        var modal = Assert.IsType<ModalOverlay>(session.Shell.Dialog);
        Assert.Equal(("删除", "确定删除吗？", "#ff0000", "取消"), (modal.Title, modal.Content, modal.ConfirmColor, modal.CancelText));

        // The mask keeps touches from the page.
        var box = session.ClientBoxOf(session.FindElement("#box"))!.Value;
        ShellPackage.TapAt(session, box.X + 10, box.Y + 10);
        Assert.Empty(ShellPackage.TakeEvents(session));

        ShellPackage.Tap(session, ShellTargets.ModalConfirm);
        Assert.Equal(["modal true false showModal:ok"], ShellPackage.TakeEvents(session));
        Assert.Null(session.Shell.Dialog);

        // With the modal gone the page takes taps again.
        ShellPackage.TapAt(session, box.X + 10, box.Y + 10);
        Assert.Equal(["home tap box"], ShellPackage.TakeEvents(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Show_modal_cancel_resolves_the_promise_with_cancel_true()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.TakeEvents(session);
        ShellPackage.Run(session, "wx.showModal({ content: 'x' }).then((r) => globalThis.__events.push(`then ${r.confirm} ${r.cancel}`))");

        ShellPackage.Tap(session, ShellTargets.ModalCancel);

        Assert.Equal(["then false true"], ShellPackage.TakeEvents(session));
    }

    [Fact]
    public void An_action_sheet_answers_the_tapped_index_and_fails_on_cancel()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.TakeEvents(session);
        const string Show = """
            wx.showActionSheet({ itemList: ['A', 'B', 'C'],
              success: (r) => globalThis.__events.push('tapIndex ' + r.tapIndex),
              fail: (r) => globalThis.__events.push(r.errMsg) });
            """;
        ShellPackage.Run(session, Show);
        Assert.Equal(["A", "B", "C"], Assert.IsType<ActionSheetOverlay>(session.Shell.Dialog).Items);

        ShellPackage.Tap(session, ShellTargets.ActionSheetItem(2));
        Assert.Equal(["tapIndex 2"], ShellPackage.TakeEvents(session));

        ShellPackage.Run(session, Show);
        ShellPackage.Tap(session, ShellTargets.ActionSheetCancel);
        Assert.Equal(["showActionSheet:fail cancel"], ShellPackage.TakeEvents(session));

        // A tap on the mask above the sheet cancels too.
        ShellPackage.Run(session, Show);
        ShellPackage.TapAt(session, 100, 100);
        Assert.Equal(["showActionSheet:fail cancel"], ShellPackage.TakeEvents(session));

        ShellPackage.Run(session, "wx.showActionSheet({ itemList: ['1','2','3','4','5','6','7'], fail: (r) => globalThis.__events.push(r.errMsg) })");
        Assert.Equal(["showActionSheet:fail parameter error: parameter.itemList should not be large than 6"], ShellPackage.TakeEvents(session));
        Assert.Null(session.Shell.Dialog);
    }

    [Fact]
    public void A_toast_hides_after_its_duration_on_the_virtual_clock_and_shares_its_slot_with_loading()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.Run(session, "wx.showToast({ title: '已保存', success: (r) => globalThis.__events.push(r.errMsg) })");
        Assert.Contains("showToast:ok", ShellPackage.TakeEvents(session));
        Assert.Equal(("已保存", "success", false), (session.Shell.Toast!.Title, session.Shell.Toast.Icon, session.Shell.Toast.Loading));

        session.Advance(TimeSpan.FromMilliseconds(1400));
        Assert.NotNull(session.Shell.Toast);
        session.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Null(session.Shell.Toast);

        // Loading stays until hidden; a toast replaces it; hideLoading hides a toast too (no noConflict).
        ShellPackage.Run(session, "wx.showLoading({ title: '加载中' })");
        session.Advance(TimeSpan.FromSeconds(5));
        Assert.True(session.Shell.Toast!.Loading);
        ShellPackage.Run(session, "wx.showToast({ title: 'x', icon: 'none', duration: 3000 })");
        Assert.Equal("none", session.Shell.Toast!.Icon);
        ShellPackage.Run(session, "wx.hideLoading({ noConflict: true })");
        Assert.NotNull(session.Shell.Toast);
        ShellPackage.Run(session, "wx.hideLoading()");
        Assert.Null(session.Shell.Toast);
    }

    [Fact]
    public void Tab_bar_badges_style_and_visibility_follow_the_wx_calls()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.Run(session, """
            wx.setTabBarBadge({ index: 1, text: '3' });
            wx.showTabBarRedDot({ index: 2 });
            wx.setTabBarStyle({ selectedColor: '#00ff00' });
            wx.setTabBarItem({ index: 0, text: 'Home' });
            wx.setTabBarBadge({ index: 9, text: '1', fail: (r) => globalThis.__events.push(r.errMsg) });
            """);
        session.RenderFrame(capture: false);
        var tabs = session.Shell.TabBar!;
        Assert.Equal(("3", true, "#00ff00", "Home"), (tabs.Items[1].Badge, tabs.Items[2].RedDot, tabs.SelectedColor, tabs.Items[0].Text));
        Assert.Contains("setTabBarBadge:fail tabbar item not found", ShellPackage.TakeEvents(session));

        ShellPackage.Run(session, "wx.hideTabBar()");
        session.RenderFrame(capture: false);
        Assert.Equal(667 - ShellPackage.Top, session.PageViewport.Height);
        Assert.Equal("603", ShellPackage.Json(session, "wx.getSystemInfoSync().windowHeight"));
        Assert.Null(session.ShellPoint(ShellTargets.Tab(0)));
    }

    [Fact]
    public void Bad_window_values_are_warnings_at_their_place_and_the_defaults_are_used()
    {
        var diagnostics = new DiagnosticBag();
        var package = Sparrow.Package.PackageLoader.Load(RepoPaths.Of("tests", "data", "shell-bad"), diagnostics);
        using var session = Sparrow.Host.Headless.HeadlessSession.Start(package, new Sparrow.Host.Headless.HeadlessOptions { Diagnostics = diagnostics, Draw = false, Shell = true });
        session.Settle();
        session.RenderFrame(capture: false);

        Assert.Equal(("#000000", "#ffffff"), (session.Shell.NavigationBar!.BackgroundColor, session.Shell.NavigationBar.FrontColor));
        var warnings = diagnostics.Snapshot().Where(d => d.Code == HostDiagnosticCodes.ShellConfigInvalid).ToArray();
        Assert.Equal(3, warnings.Length);
        Assert.All(warnings, w => Assert.EndsWith("app.json", w.Location.File, StringComparison.Ordinal));
        Assert.Equal([4, 5, 11], warnings.Select(w => w.Location.Line).Order());
    }

    [Fact]
    public void Bad_toast_and_modal_options_fail_the_call_and_show_nothing()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.TakeEvents(session);
        ShellPackage.Run(session, """
            const log = (r) => globalThis.__events.push(r.errMsg);
            wx.showToast({ title: 'x', icon: 'star', fail: log });
            wx.showLoading({ fail: log });
            wx.showModal({ cancelText: '不要不要不要', fail: log });
            """);

        Assert.Equal(
            [
                "showToast:fail parameter error: parameter.icon should be one of success, error, loading, none instead of star;",
                "showLoading:fail parameter error: parameter.title should be String instead of Undefined;",
                "showModal:fail cancelText length should not larger then 4 Chinese characters",
            ],
            ShellPackage.TakeEvents(session));
        Assert.Null(session.Shell.Toast);
        Assert.Null(session.Shell.Dialog);
    }
}
