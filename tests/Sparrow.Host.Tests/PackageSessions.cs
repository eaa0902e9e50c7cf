using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Tests;

/// <summary>
/// Headless sessions on a test package under <c>tests/data/</c>, and the two things most tests read
/// back from its logic side: what its handlers pushed to <c>globalThis.__events</c>, and the page on
/// top after a script ran against it.
/// </summary>
internal static class PackageSessions
{
    /// <summary>Starts the package in <c>tests/data/<paramref name="folder"/></c>, settles it and renders one frame.</summary>
    public static HeadlessSession Start(string folder, DiagnosticBag diagnostics, bool draw = false)
    {
        var package = PackageLoader.Load(RepoPaths.Of("tests", "data", folder), diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw });
        session.Settle();
        session.RenderFrame(capture: draw);
        return session;
    }

    /// <summary>The lines the page's handlers pushed to <c>globalThis.__events</c>.</summary>
    public static string[] Events(HeadlessSession session)
    {
        var json = session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("JSON.stringify(globalThis.__events || [])", "test:events").ConfigureAwait(false)).Value.Text ?? "[]");
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>Runs <paramref name="script"/> against the page on top (<c>p</c> is the page), then settles.</summary>
    public static void OnPage(HeadlessSession session, string script)
    {
        session.OnLogicThread(runtime => runtime.EvaluateAsync($"(p => {{ {script}; }})(getCurrentPages()[0])"));
        session.Settle();
    }
}
