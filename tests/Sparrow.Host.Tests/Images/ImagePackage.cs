using Sparrow.Core;
using Sparrow.Host.Headless;

namespace Sparrow.Host.Tests.Images;

/// <summary>Sessions on tests/data/images and what its <c>bindload</c>/<c>binderror</c> handlers logged.</summary>
internal static class ImagePackage
{
    public static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = false) => PackageSessions.Start("images", diagnostics, draw);

    /// <summary>The lines the page's handlers pushed to <c>globalThis.__events</c>.</summary>
    public static string[] Events(HeadlessSession session) => PackageSessions.Events(session);

    /// <summary>Runs <paramref name="script"/> against the page on top (e.g. <c>p.swapTo('/images/other.png')</c>).</summary>
    public static void OnPage(HeadlessSession session, string script) => PackageSessions.OnPage(session, script);
}
