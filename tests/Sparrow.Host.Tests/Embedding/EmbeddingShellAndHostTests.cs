using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Embedding;
using Sparrow.Host.Shell;
using Sparrow.Package.Archives;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>Shell callbacks, requests to leave the program, theme and resize in JS, archives and the JSON host.</summary>
public sealed class EmbeddingShellAndHostTests
{
    private static readonly string Showcase = RepoPaths.Of("samples", "showcase");

    [Fact]
    public void Navigation_bar_and_tab_bar_changes_are_raised_during_frames_with_the_shell_on_or_off()
    {
        foreach (var shell in new[] { true, false })
        {
            using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
            using var program = engine.Open(Showcase, new OpenOptions { Surface = SurfaceKind.None, Shell = shell });
            var bars = new List<NavigationBarState>();
            var tabs = new List<TabBarState>();
            program.NavigationBarChanged += (_, bar) => bars.Add(bar);
            program.TabBarChanged += (_, tabBar) => tabs.Add(tabBar);

            program.RenderFrame(0);
            Assert.Single(bars);
            Assert.Equal("Sparrow showcase", bars[0].Title);
            Assert.Single(tabs);
            Assert.Equal(0, tabs[0].Selected);
            Assert.Equal(shell ? 64f : 0f, program.Session.PageTop);

            program.Evaluate("wx.setNavigationBarTitle({ title: 'Renamed' }); wx.setTabBarBadge({ index: 1, text: '3' })");
            program.RenderFrame(16);
            Assert.Equal("Renamed", bars[^1].Title);
            Assert.Equal("3", tabs[^1].Items[1].Badge);
            program.RenderFrame(32);
            Assert.Equal(2, bars.Count);
            Assert.Contains("\"badge\":\"3\"", ShellJson.Of(tabs[^1]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NavigateToMiniProgram_is_answered_by_the_host_and_fails_without_one()
    {
        var asked = new ConcurrentQueue<(string Api, string Args)>();
        var host = new JsonHost((api, args, reply) =>
        {
            asked.Enqueue((api, args));
            return api switch
            {
                "navigateToMiniProgram" => reply.Succeed(null),
                "login" => reply.Succeed("{\"code\":\"c-42\"}"),
                "scanCode" => throw new InvalidOperationException("camera exploded"),
                _ => false,
            };
        });
        var seen = new ConcurrentQueue<Diagnostic>();
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual, Host = host, OnDiagnostic = (_, d) => seen.Enqueue(d) });
        using var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });
        using var bare = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None, Host = Sparrow.Script.MiniProgram.NoHostCapabilities.Instance, AppId = "bare" });

        const string Script = """
            globalThis.out = [];
            const note = (r) => out.push(r.errMsg);
            wx.navigateToMiniProgram({ appId: 'wx123', path: 'pages/a?x=1', extraData: { from: 'test' }, envVersion: 'trial', success: note, fail: note });
            wx.login({ success: (r) => out.push(r.code), fail: note });
            wx.scanCode({ success: note, fail: note });
            wx.exitMiniProgram({ success: note, fail: note });
            wx.navigateToMiniProgram({ appId: 'wx1', envVersion: 'beta', fail: note });
            """;
        program.Evaluate(Script);
        bare.Evaluate(Script);
        for (var t = 0; t < 4; t++)
        {
            program.RenderFrame(t * 16);
            bare.RenderFrame(t * 16);
        }

        var results = program.Evaluate("out.sort().join('|')");
        Assert.Equal("c-42|exitMiniProgram:fail not provided by this host|navigateToMiniProgram:fail invalid envVersion \"beta\"|navigateToMiniProgram:ok|scanCode:fail camera exploded", results);
        Assert.Contains("navigateToMiniProgram:fail not provided by this host", bare.Evaluate("out.join('|')"), StringComparison.Ordinal);
        var target = Assert.Single(asked, a => a.Api == "navigateToMiniProgram");
        using var args = JsonDocument.Parse(target.Args);
        Assert.Equal("wx123", args.RootElement.GetProperty("appId").GetString());
        Assert.Equal("pages/a?x=1", args.RootElement.GetProperty("path").GetString());
        Assert.Equal("trial", args.RootElement.GetProperty("envVersion").GetString());
        Assert.Equal("test", args.RootElement.GetProperty("extraData").GetProperty("from").GetString());
        Assert.Contains(seen, d => d.Code == "SP2109" && d.Message.Contains("camera exploded", StringComparison.Ordinal));
    }

    [Fact]
    public void Theme_resize_and_safe_area_reach_the_scripts()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None, Theme = "dark", Shell = false });
        Assert.Equal("dark", program.Evaluate("wx.getSystemInfoSync().theme"));
        program.Evaluate("""
            globalThis.seen = [];
            wx.onThemeChange((r) => seen.push('theme ' + r.theme));
            wx.onWindowResize((r) => seen.push('resize ' + r.size.windowWidth + 'x' + r.size.windowHeight));
            """);

        program.SetTheme("light");
        program.Resize(414, 736);
        program.SetSafeArea(new SafeAreaInsets(44, 0, 34, 0));
        program.SetTheme("light");

        Assert.Equal("theme light,resize 414x736", program.Evaluate("seen.join(',')"));
        Assert.Equal("light 414 736", program.Evaluate("const i = wx.getSystemInfoSync(); i.theme + ' ' + i.windowWidth + ' ' + i.windowHeight"));
        Assert.Equal("44 702 658", program.Evaluate("const a = wx.getSystemInfoSync().safeArea; a.top + ' ' + a.bottom + ' ' + a.height"));
        Assert.Equal("light", program.Evaluate("wx.getAppBaseInfo().theme"));
    }

    [Fact]
    public void An_archive_opens_and_a_corrupt_one_is_a_diagnostic()
    {
        var folder = Directory.CreateTempSubdirectory("sparrow-archive-");
        try
        {
            var archive = Path.Combine(folder.FullName, "basic" + PackageArchive.Extension);
            using (var output = File.Create(archive))
            {
                PackageArchive.Write(RepoPaths.Of("samples", "basic"), output, "test", null);
            }

            var seen = new ConcurrentQueue<Diagnostic>();
            using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual, CacheRoot = Path.Combine(folder.FullName, "cache"), OnDiagnostic = (_, d) => seen.Enqueue(d) });
            using (var program = engine.Open(archive, new OpenOptions { Surface = SurfaceKind.None }))
            {
                program.RenderFrame(0);
                Assert.NotNull(program.CurrentRoute);
                Assert.StartsWith(Path.Combine(folder.FullName, "cache", "packages"), program.PackageRoot, StringComparison.Ordinal);
            }

            var corrupt = Path.Combine(folder.FullName, "corrupt" + PackageArchive.Extension);
            var bytes = File.ReadAllBytes(archive);
            File.WriteAllBytes(corrupt, bytes.AsSpan(0, bytes.Length / 2).ToArray());
            var failure = Assert.Throws<EmbeddingException>(() => engine.Open(corrupt));
            Assert.Equal(EmbeddingError.PackageNotOpened, failure.Error);
            Assert.Contains(seen, d => d.Severity == DiagnosticSeverity.Error && d.Location.File == corrupt && d.Code != EmbeddingDiagnosticCodes.PackageNotOpened);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Text_and_keys_go_to_the_focused_input_and_the_rest_stays_pending()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var program = engine.Open(RepoPaths.Of("tests", "data", "components-input"), new OpenOptions { Surface = SurfaceKind.None });
        program.Text("lost");
        Assert.Equal("lost", Assert.Single(program.PendingKeys).Text);

        var box = program.Session.ClientBoxOf(program.Session.FindElement("#name"))!.Value;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        program.RenderFrame(0);
        program.PointerDown(0, x, y);
        program.RenderFrame(50);
        program.PointerUp(0, x, y);
        program.RenderFrame(100);
        Assert.Equal(program.Session.FindElement("#name"), program.Session.FocusedInput);

        program.Text("Ann");
        program.Key("Backspace", down: true);
        program.Key("Backspace", down: false);
        program.Key("ArrowLeft", down: true);
        program.RenderFrame(150);

        Assert.Equal(2, program.Session.InputCaret);
        Assert.Equal("An", program.Evaluate("getCurrentPages()[0].data.name"));
        Assert.Equal(["lost", "Backspace", "ArrowLeft"], program.PendingKeys.Select(k => k.Text ?? k.Key ?? string.Empty).ToArray());
    }

    [Fact]
    public void Launch_diagnostics_name_the_program_being_opened()
    {
        var package = Directory.CreateTempSubdirectory("sparrow-launch-error-");
        try
        {
            Directory.CreateDirectory(Path.Combine(package.FullName, "pages", "index"));
            File.WriteAllText(Path.Combine(package.FullName, "app.json"), "{ \"pages\": [\"pages/index/index\"] }");
            File.WriteAllText(Path.Combine(package.FullName, "app.js"), "App({ onLaunch() { throw new Error('launch broke'); } });");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.js"), "Page({});");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.wxml"), "<view>x</view>");
            var seen = new ConcurrentQueue<(MiniProgram? Program, Diagnostic Diagnostic)>();
            using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual, OnDiagnostic = (p, d) => seen.Enqueue((p, d)) });
            using var program = engine.Open(package.FullName, new OpenOptions { Surface = SurfaceKind.None });

            var launch = Assert.Single(seen, e => e.Diagnostic.Message.Contains("launch broke", StringComparison.Ordinal));
            Assert.Same(program, launch.Program);
        }
        finally
        {
            package.Delete(recursive: true);
        }
    }
}
