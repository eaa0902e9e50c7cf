using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Input;
using Sparrow.Package;

namespace Sparrow.Host.Tests.Input;

/// <summary>Sessions on the input test packages (tests/data/input/hit, samples/todo).</summary>
internal static class InputPackages
{
    public static HeadlessSession Hit(DiagnosticBag diagnostics, string? page = null, bool draw = false) =>
        Start(RepoPaths.Of("tests", "data", "input", "hit"), diagnostics, page, draw);

    public static HeadlessSession Todo(DiagnosticBag diagnostics, bool draw = false) =>
        Start(RepoPaths.Of("samples", "todo"), diagnostics, null, draw);

    /// <summary>The id attribute of the element hit at the client point, "page" for the page root, null for nothing.</summary>
    public static string? IdAt(HeadlessSession session, float x, float y)
    {
        var node = session.HitTest(x, y);
        if (node < 0)
        {
            return null;
        }

        var store = session.CurrentPage!.Store;
        if (node == store.Root.Index)
        {
            return "page";
        }

        return store.Id[node].IsEmpty ? "(no id) " + store.NameOf(store.Tag[node]) : ElementQuery.LogicalId(store.NameOf(store.Id[node]));
    }

    private static HeadlessSession Start(string root, DiagnosticBag diagnostics, string? page, bool draw)
    {
        var package = PackageLoader.Load(root, diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw, Page = page });
        session.Settle();
        return session;
    }
}
