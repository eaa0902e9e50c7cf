using System;
using System.IO;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// Base of the inline-layout page tests: each test writes its one-page mini program (<see cref="InlineTestPage"/>)
/// with the class's app sheet into its own temporary folder, removed when the test ends.
/// </summary>
public abstract class InlinePageTest : IDisposable
{
    private readonly string _dir;
    private readonly string _appSheet;

    /// <param name="name">A word for the temporary folder's name.</param>
    /// <param name="appSheet">The app.wxss every page of the class gets.</param>
    protected InlinePageTest(string name, string appSheet)
    {
        _dir = Path.Combine(Path.GetTempPath(), $"sparrow-{name}-{Guid.NewGuid():N}");
        _appSheet = appSheet;
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Runs the page headless; see <see cref="InlineTestPage.Start"/>.</summary>
    protected HeadlessSession Start(string wxml, bool draw = false, string wxss = "", string js = "Page({});", bool settle = true) =>
        InlineTestPage.Start(_dir, _appSheet, wxml, draw, wxss, js, settle);

    /// <summary>The first element with class <paramref name="name"/>.</summary>
    protected static int NodeWithClass(PageDocument page, string name) => InlineTestPage.NodeWithClass(page, name);
}
