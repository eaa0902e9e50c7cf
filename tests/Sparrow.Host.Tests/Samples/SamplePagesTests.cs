using System.IO;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Samples;

/// <summary>The samples' invariant (samples/README.md): every page of every sample runs with no diagnostics.</summary>
public sealed class SamplePagesTests
{
    /// <summary>Every page listed in the app.json of every mini program under samples/ (hello is a script, not a package).</summary>
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(RepoPaths.Of("samples")).Order())
        {
            if (!File.Exists(Path.Combine(folder, "app.json")))
            {
                continue;
            }

            var package = PackageLoader.Load(folder, new DiagnosticBag());
            foreach (var page in package.Pages)
            {
                data.Add(Path.GetFileName(folder), page.Route);
            }
        }

        return data;
    }

    [Fact]
    public void The_list_covers_every_sample_and_the_new_pages()
    {
        var pages = Pages().Select(row => $"{row[0]}/{row[1]}").ToHashSet();
        Assert.Contains("showcase/pages/components/components", pages);
        Assert.Contains("showcase/pages/forms/forms", pages);
        Assert.Contains("showcase/pages/media/media", pages);
        Assert.Contains("showcase/pages/content/content", pages);
        Assert.Contains("todo/pages/add/add", pages);
        Assert.Contains("feed/pages/index/index", pages);
        Assert.Contains("controls/pages/index/index", pages);
        Assert.Contains("basic/pages/index/index", pages);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_sample_page_runs_with_no_diagnostics(string sample, string route)
    {
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(RepoPaths.Of("samples", sample), diagnostics);
        using var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = false, Page = route });
        Assert.True(session.Settle(), $"{sample}/{route} did not settle");
        session.Advance(System.TimeSpan.FromSeconds(3)); // timers, autoplay, later setData
        var frame = session.RenderFrame(capture: false);
        Assert.Equal(route, session.CurrentRoute);
        Assert.True(frame.Boxes > 1, $"{sample}/{route}: {frame.Boxes} boxes");
        Assert.Empty(diagnostics.Snapshot().Select(d => d.ToString()));
    }
}
