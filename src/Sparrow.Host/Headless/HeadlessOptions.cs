using System;
using Sparrow.Core;

namespace Sparrow.Host.Headless;

/// <summary>How a <see cref="HeadlessSession"/> runs a package: window, launch page, caches, limits.</summary>
public sealed record HeadlessOptions
{
    /// <summary>Window width in CSS px.</summary>
    public int Width { get; init; } = 375;

    /// <summary>Window height in CSS px.</summary>
    public int Height { get; init; } = 667;

    /// <summary>Device pixel ratio: frames are Width·ratio × Height·ratio device pixels.</summary>
    public double PixelRatio { get; init; } = 2;

    /// <summary>The launch page as <c>path?query</c>; null: the package's entry page.</summary>
    public string? Page { get; init; }

    /// <summary>Where compiled templates and the code cache live between runs; null: none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Where storage and user files live (kept between runs); null: a temporary folder.</summary>
    public string? UserDataDirectory { get; init; }

    /// <summary>Where every diagnostic goes.</summary>
    public IDiagnosticSink Diagnostics { get; init; } = new DiagnosticBag();

    /// <summary>How long (on the virtual clock) the app may take to settle before a frame is taken anyway.</summary>
    public TimeSpan SettleLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Render frames with the GPU (false: style and layout only, e.g. for <c>dump --layout</c>).</summary>
    public bool Draw { get; init; } = true;

    /// <summary>
    /// Keep each page's op batches, the stylesheets it resolved and the images it painted
    /// (<see cref="HeadlessSession.CurrentRecording"/>), for <c>sparrow capture</c>. Off by default:
    /// a long run would keep every batch.
    /// </summary>
    public bool Record { get; init; }

    /// <summary>
    /// Draw the app shell (docs/shell.md): the navigation bar and tabBar from <c>app.json</c> and the
    /// toast, loading, modal and action-sheet overlays, over the page in the same frame; the page's
    /// viewport becomes what the bars leave. Off by default, so a frame is the page alone (the paint
    /// reftests and conformance compare that with Chromium); <c>sparrow run</c>, <c>shot</c> and
    /// <c>dump</c> and the embedding API turn it on.
    /// </summary>
    public bool Shell { get; init; }

    /// <summary><c>"light"</c> or <c>"dark"</c>: <c>theme</c> of <c>wx.getSystemInfoSync</c> at launch (the embedding API's <c>OpenOptions.Theme</c>).</summary>
    public string Theme { get; init; } = "light";

    /// <summary>Safe-area insets at launch, CSS px: <c>safeArea</c> of <c>wx.getSystemInfoSync</c> leaves them out.</summary>
    public Sparrow.Script.MiniProgram.WindowInsets SafeArea { get; init; }

    /// <summary>Where <c>wx.setStorage</c> keeps data (one folder per app inside); null: in memory only.</summary>
    public string? StorageDirectory { get; init; }

    /// <summary>What only the embedding app can do (login, payment, …); null: every capability is "not provided by this host".</summary>
    public Sparrow.Script.MiniProgram.IMiniProgramHost? Host { get; init; }

    /// <summary>Where the virtual clock's <c>Date</c> starts (the embedding API's real-time mode starts it now).</summary>
    internal DateTimeOffset ClockEpoch { get; init; } = Sparrow.Script.VirtualClock.DefaultEpoch;

    /// <summary>The base library's folder (<c>framework/</c>); null: the runtime's default lookup.</summary>
    internal string? FrameworkDirectory { get; init; }

    /// <summary>The GPU context to draw with (the embedding app's, <c>EglDevice.TryWrapCurrent</c>); null: a headless one.</summary>
    internal Sparrow.Gpu.EglDevice? Device { get; init; }

    /// <summary>How <c>wx.request</c> and <c>http(s)</c> image sources reach the network; null: the runtime's shared <c>HttpClient</c>.</summary>
    public Sparrow.Script.MiniProgram.IMiniProgramNetwork? Network { get; init; }
}
