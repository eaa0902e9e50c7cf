using System.Collections.Generic;
using System.Text.Json;

namespace Sparrow.Host.Embedding;

public sealed partial class MiniProgram
{
    /// <summary>
    /// The page stack as WeChat's <c>getCurrentPages()</c> has it, bottom first, each as
    /// <c>route?query</c> (the options the page was opened with). What a host keeps to rebuild the
    /// stack after re-opening the package (the viewer's hot reload does).
    /// </summary>
    public IReadOnlyList<string> PageStack()
    {
        Verify();
        const string Source = """
            JSON.stringify(getCurrentPages().map(p => {
              const query = Object.entries(p.options || {}).map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(String(v))).join('&');
              return query ? p.route + '?' + query : p.route;
            }))
            """;
        var json = _session.OnLogicThread(async runtime => (await runtime.EvaluateAsync(Source, "sparrow:page-stack").ConfigureAwait(false)).Value.Text ?? "[]");
        return JsonSerializer.Deserialize(json, EmbeddingJsonContext.Default.StringArray) ?? [];
    }

    /// <summary>
    /// Opens <paramref name="url"/> (<c>route?query</c>, package-absolute) on top of the stack as
    /// <c>wx.navigateTo</c> does, and runs the app until it is idle. A route that is not a page, or a
    /// full stack, is a diagnostic from the base library, as in WeChat.
    /// </summary>
    public void NavigateTo(string url)
    {
        System.ArgumentException.ThrowIfNullOrWhiteSpace(url);
        Verify();
        var target = JsonSerializer.Serialize("/" + url.TrimStart('/'), EmbeddingJsonContext.Default.String);
        _session.OnLogicThread(runtime => runtime.EvaluateAsync($"wx.navigateTo({{ url: {target} }})", "sparrow:navigate"));
        if (_engine.Options.Clock == EngineClock.Virtual)
        {
            _session.Settle();
        }
        else
        {
            _session.RunUntilIdle();
        }
    }
}
