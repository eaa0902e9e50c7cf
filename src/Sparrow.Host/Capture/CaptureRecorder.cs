using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Capture;

/// <summary>
/// Turns what a recording <see cref="HeadlessSession"/> kept of its page on top into a
/// <see cref="CaptureFile"/>. Precondition: the session was started with
/// <see cref="HeadlessOptions.Record"/>, settled, and rendered at least one frame (so the painter
/// asked for its images).
/// </summary>
public static class CaptureRecorder
{
    /// <summary>The capture of the page on top. Its data is read on the logic thread.</summary>
    /// <exception cref="InvalidOperationException">The session did not record, or no page is open.</exception>
    public static CaptureFile Capture(HeadlessSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var recording = session.CurrentRecording ?? throw new InvalidOperationException(
            session.Options.Record ? "no page is open to capture" : "the session was not started with HeadlessOptions.Record");
        var route = session.CurrentRoute ?? throw new InvalidOperationException("no page is open to capture");
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in recording.ImagePaths)
        {
            if (PackagePaths.ToFullPath(session.Package.Root, path) is { } full && File.Exists(full))
            {
                images[path] = File.ReadAllBytes(full);
            }
        }

        var version = EngineVersion();
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return new CaptureFile
        {
            Route = route,
            Query = QueryOf(session.Options.Page, route),
            Width = session.Options.Width,
            Height = session.Options.Height,
            PixelRatio = session.Options.PixelRatio,
            EngineVersion = version,
            Commit = plus >= 0 ? version[(plus + 1)..] : "unknown",
            Created = DateTimeOffset.UtcNow,
            DataJson = PageData(session),
            Batches = recording.Batches.ToArray(),
            StyleSheets = new Dictionary<string, string>(recording.StyleSheets, StringComparer.Ordinal),
            Images = images,
        };
    }

    /// <summary>The engine's informational version (e.g. <c>0.1.0+7ca7949…</c>).</summary>
    public static string EngineVersion() =>
        typeof(CaptureRecorder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The launch query when the page on top is the launch page; empty otherwise (later navigations are not tracked here).</summary>
    private static string QueryOf(string? launch, string route)
    {
        if (launch is null)
        {
            return string.Empty;
        }

        var question = launch.IndexOf('?', StringComparison.Ordinal);
        var path = (question < 0 ? launch : launch[..question]).TrimStart('/');
        return question >= 0 && path == route ? launch[(question + 1)..] : string.Empty;
    }

    private static string? PageData(HeadlessSession session)
    {
        var value = session.OnLogicThread(runtime => runtime.EvaluateAsync(
            "(() => { const pages = getCurrentPages(); const page = pages[pages.length - 1]; return page ? JSON.stringify(page.data) : null; })()",
            "capture.js"));
        return value.IsOk && value.Value.Text is { } text && text != "null" ? text : null;
    }
}
