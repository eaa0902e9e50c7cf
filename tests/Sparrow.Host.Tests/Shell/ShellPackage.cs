using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Tests.Shell;

/// <summary>
/// Sessions on tests/data/shell-app with the shell on: a 375×667 window, a 20 px status bar and 44 px
/// navigation bar (green, white titles), a 50 px tabBar (red selected label) on the three tab pages.
/// </summary>
internal static class ShellPackage
{
    public const float Top = 64;
    public const float TabBar = 50;

    public static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = false, bool shell = true, string? page = null)
    {
        var package = PackageLoader.Load(RepoPaths.Of("tests", "data", "shell-app"), diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw, Shell = shell, Page = page });
        session.Settle();
        session.RenderFrame(capture: draw);
        return session;
    }

    /// <summary>Evaluates <paramref name="script"/> on the logic thread, then settles.</summary>
    public static void Run(HeadlessSession session, string script)
    {
        session.OnLogicThread(runtime => runtime.EvaluateAsync(script));
        session.Settle();
    }

    /// <summary>The value of JS expression <paramref name="expression"/> as JSON text.</summary>
    public static string Json(HeadlessSession session, string expression) =>
        session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync($"JSON.stringify({expression})", "test:json").ConfigureAwait(false)).Value.Text ?? "null");

    /// <summary>Takes the lines the pages pushed to <c>globalThis.__events</c> since the last call.</summary>
    public static string[] TakeEvents(HeadlessSession session)
    {
        var json = session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("JSON.stringify(globalThis.__events.splice(0))", "test:events").ConfigureAwait(false)).Value.Text ?? "[]");
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>A tap (down, 50 ms, up) on shell part <paramref name="part"/>, which must be shown; then settles.</summary>
    public static void Tap(HeadlessSession session, string part)
    {
        var point = session.ShellPoint(part) ?? throw new Xunit.Sdk.XunitException($"the shell shows no '{part}'");
        TapAt(session, point.X, point.Y);
    }

    /// <summary>A tap at a window point, then settles.</summary>
    public static void TapAt(HeadlessSession session, float x, float y)
    {
        session.PointerDown(0, x, y);
        session.Wait(System.TimeSpan.FromMilliseconds(50));
        session.PointerUp(0, x, y);
        session.Settle();
    }
}
