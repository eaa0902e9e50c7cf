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
}
