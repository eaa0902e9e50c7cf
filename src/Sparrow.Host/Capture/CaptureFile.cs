using System;
using System.Collections.Generic;

namespace Sparrow.Host.Capture;

/// <summary>
/// One page as <c>sparrow capture</c> saw it once idle (docs/capture-format.md): the op batches
/// that built its tree, every stylesheet it resolved, the package images it painted, its data as
/// JSON, its route and query, the window and the engine that made it. Replaying it
/// (<see cref="CaptureReplay"/>) needs no package, no JS and no V8.
/// </summary>
public sealed record CaptureFile
{
    /// <summary>The page's route without a leading slash, e.g. <c>pages/index/index</c>.</summary>
    public required string Route { get; init; }

    /// <summary>The query the page was opened with (without <c>?</c>), or empty.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>Window width in CSS px.</summary>
    public required int Width { get; init; }

    /// <summary>Window height in CSS px.</summary>
    public required int Height { get; init; }

    /// <summary>Device pixel ratio.</summary>
    public required double PixelRatio { get; init; }

    /// <summary>The engine's version (informational version, commit included when known).</summary>
    public string EngineVersion { get; init; } = string.Empty;

    /// <summary>The commit the engine was built from, or <c>unknown</c>.</summary>
    public string Commit { get; init; } = "unknown";

    /// <summary>When the capture was made.</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>The page instance's <c>data</c> as JSON (from the logic thread), or null when it could not be read.</summary>
    public string? DataJson { get; init; }

    /// <summary>The page's op batches (docs/op-stream.md) in the order the render thread applied them.</summary>
    public required IReadOnlyList<byte[]> Batches { get; init; }

    /// <summary>Every stylesheet the page's cascade resolved: package path → WXSS source text.</summary>
    public required IReadOnlyDictionary<string, string> StyleSheets { get; init; }

    /// <summary>The package images the page painted: package path → the file's bytes.</summary>
    public required IReadOnlyDictionary<string, byte[]> Images { get; init; }

    /// <summary>The route and query as <c>path?query</c>, as <c>--page</c> takes it.</summary>
    public string PageArgument => Query.Length == 0 ? Route : Route + "?" + Query;
}
