using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Queries;

/// <summary>Sessions on tests/data/queries (see its README), and its page's log.</summary>
internal static class QueryPackage
{
    /// <summary>Row height and the page's top offset of row 0 (#title 30 px + the card's 40 px).</summary>
    public const float RowHeight = 100;

    public const float FirstRowTop = 70;

    public static HeadlessSession Start(DiagnosticBag diagnostics, string? page = null)
    {
        var package = PackageLoader.Load(RepoPaths.Of("tests", "data", "queries"), diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = false, Page = page });
        session.Settle();
        return session;
    }

    /// <summary>Runs <paramref name="script"/> in the app's global scope, then settles.</summary>
    public static void Run(HeadlessSession session, string script)
    {
        var completion = session.OnLogicThread(runtime => runtime.EvaluateAsync(script, "test:script"));
        Assert.True(completion.IsOk, completion.Error?.ToString());
        session.Settle();
    }

    /// <summary>What the page logged (globalThis.__log), then clears it.</summary>
    public static string[] TakeLog(HeadlessSession session)
    {
        var completion = session.OnLogicThread(runtime => runtime.EvaluateAsync("(() => { const l = globalThis.__log || []; const s = JSON.stringify(l); l.length = 0; return s; })()", "test:log"));
        Assert.True(completion.IsOk, completion.Error?.ToString());
        return JsonSerializer.Deserialize<string[]>(completion.Value.Text ?? "[]")!;
    }
}
