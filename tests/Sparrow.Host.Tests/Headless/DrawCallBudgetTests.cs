using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Headless;

/// <summary>
/// Issue 7's budget: a typical page draws in at most 20 draw calls. Every page of every sample, with the
/// app shell, through the real renderer (llvmpipe here). Draw calls are a count the batch planner decides
/// from the scene, the same on every run, so this is not a timed test. The same scene drawn in paint
/// order, one call per primitive, must give the same bytes: batching changes the cost, not the picture.
/// </summary>
public sealed class DrawCallBudgetTests
{
    public const int TypicalPageBudget = 20;

    public static TheoryData<string, string> Pages() => new()
    {
        { "showcase", "pages/index/index" },
        { "showcase", "pages/components/components" },
        { "showcase", "pages/forms/forms" },
        { "showcase", "pages/media/media" },
        { "showcase", "pages/content/content" },
        { "feed", "pages/index/index" },
        { "controls", "pages/index/index" },
        { "todo", "pages/index/index" },
        { "todo", "pages/add/add" },
        { "basic", "pages/index/index" },
        { "basic", "pages/detail/detail" },
        { "basic", "pages/tab2/tab2" },
    };

    [EglTheory]
    [MemberData(nameof(Pages))]
    public void A_sample_page_with_the_shell_draws_in_at_most_20_calls(string sample, string page)
    {
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(RepoPaths.Of("samples", sample), diagnostics);
        using var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Shell = true, Page = page });
        session.Settle();
        var frame = session.RenderFrame(capture: false);
        Assert.Empty(diagnostics.Snapshot());
        Assert.True(frame.DrawCalls is > 0 and <= TypicalPageBudget, $"{sample} {page}: {frame.DrawCalls} draw calls\n{session.BatchText()}");

        var planned = session.RedrawLastScene(reorder: true)!;
        var ordered = session.RedrawLastScene(reorder: false)!;
        var differing = 0;
        for (var i = 0; i < planned.Pixels.Length; i++)
        {
            differing += planned.Pixels[i] != ordered.Pixels[i] ? 1 : 0;
        }

        Assert.True(differing == 0, $"{sample} {page}: {differing} bytes differ between the planned frame and paint order");
    }
}
