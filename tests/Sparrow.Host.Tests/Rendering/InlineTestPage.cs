using System;
using System.IO;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// A one-page mini program written to a folder and run headless, for the inline-layout tests: the app
/// sheet, the page's WXML, WXSS and JS, settled and rendered once (unless asked not to), with no
/// error diagnostics.
/// </summary>
internal static class InlineTestPage
{
    public static HeadlessSession Start(string dir, string appSheet, string wxml, bool draw, string wxss = "", string js = "Page({});", bool settle = true)
    {
        var pageDir = Path.Combine(dir, "pages", "index");
        Directory.CreateDirectory(pageDir);
        File.WriteAllText(Path.Combine(dir, "app.json"), """{ "pages": ["pages/index/index"] }""");
        File.WriteAllText(Path.Combine(dir, "app.js"), "App({});");
        File.WriteAllText(Path.Combine(dir, "app.wxss"), appSheet);
        File.WriteAllText(Path.Combine(pageDir, "index.js"), js);
        File.WriteAllText(Path.Combine(pageDir, "index.wxml"), wxml);
        File.WriteAllText(Path.Combine(pageDir, "index.wxss"), wxss);
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(dir, diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = draw });
        if (settle)
        {
            Assert.True(session.Settle());
            session.RenderFrame(capture: false);
        }

        Assert.DoesNotContain(diagnostics.Snapshot(), d => d.Severity == DiagnosticSeverity.Error);
        return session;
    }

    /// <summary>The first element (document order by slot) with class <paramref name="name"/>.</summary>
    public static int NodeWithClass(PageDocument page, string name)
    {
        var store = page.Store;
        for (var node = 0; node < store.SlotCount; node++)
        {
            foreach (var entry in store.Classes(node))
            {
                if (store.NameOf(entry.Name) == name)
                {
                    return node;
                }
            }
        }

        throw new InvalidOperationException($"no element with class {name}");
    }
}
