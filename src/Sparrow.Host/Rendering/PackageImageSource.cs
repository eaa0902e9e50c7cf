using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Images;
using Sparrow.Package;
using Sparrow.Paint;
using Sparrow.Scene;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Paint's images from the package: a URL is a package path (absolute, or relative to the page's
/// folder as WeChat resolves <c>src</c>), read and decoded on the thread pool
/// (<see cref="ImageDecodeQueue"/>), handed to the renderer in <see cref="Pump"/>, which uploads it on
/// its upload thread where the platform allows (<see cref="GlesRenderer.UploadTexture"/>); an image is
/// ready, and drawn, only once its texture is complete, until then it is still loading. A file
/// that is missing or fails to decode is one diagnostic and stays empty. <c>data:</c> URLs are
/// decoded (<see cref="DataUri"/>); <c>http(s)</c> URLs are fetched through <see cref="Network"/>
/// (<see cref="NetworkImageFetch"/>) and decoded like files. Loads are kept per resolved package
/// path (per URL for data: and network ones), so the same relative <c>src</c> on pages in two folders
/// names two images. Render thread only, except fetching and decoding.
/// Without a renderer (no GPU) images are still read and decoded, so the image component's
/// <c>bindload</c>/<c>binderror</c> (<see cref="ImageElements"/>) fire; nothing is uploaded.
/// </summary>
public sealed class PackageImageSource : IImageSource, IDisposable
{
    private readonly string _root;
    private readonly GlesRenderer? _renderer;
    private readonly IDiagnosticSink _diagnostics;
    private readonly ImageDecodeQueue _queue = new();
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly List<Task> _pending = [];
    private readonly List<DecodedImage> _finished = [];
    private readonly List<Uploading> _uploading = [];
    private readonly List<string> _requests = [];
    private readonly ConcurrentQueue<(int Key, string Error)> _fetchFailures = new();
    private readonly Dictionary<(string Folder, string Src), string> _resolved = [];

    public PackageImageSource(string root, GlesRenderer? renderer, IDiagnosticSink diagnostics)
    {
        _root = root;
        _renderer = renderer;
        _diagnostics = diagnostics;
    }

    /// <summary>The folder relative URLs resolve against (the open page's, e.g. <c>/pages/index</c>).</summary>
    public string BaseDirectory { get; set; } = "/";

    /// <summary>How <c>http(s)</c> images are fetched (the runtime's network); null: they fail with a diagnostic.</summary>
    public IMiniProgramNetwork? Network { get; set; }

    /// <summary>Loads started and not yet uploaded (or failed): an image whose texture is still uploading counts.</summary>
    public int Loading { get; private set; }

    /// <summary>Every URL whose load was started, in order (each once: results are kept per URL).</summary>
    public IReadOnlyList<string> Requests => _requests;

    /// <summary>Starts loading <paramref name="url"/> unless it was started before; Paint's <see cref="TryGetImage"/> does the same.</summary>
    public void Request(string url)
    {
        if (!_keys.ContainsKey(KeyOf(url)))
        {
            Start(url);
        }
    }

    /// <summary>
    /// How the load of <paramref name="url"/> went, without starting it: <see cref="ImageLoadState.Loading"/>
    /// while it decodes (or was never asked for), else ready with its natural size or failed with the reason.
    /// </summary>
    public ImageLoadState StateOf(string url, out int width, out int height, out string? error)
    {
        width = height = 0;
        error = null;
        if (!_keys.TryGetValue(KeyOf(url), out var key))
        {
            return ImageLoadState.Loading;
        }

        var entry = _entries[key];
        (width, height, error) = (entry.Width, entry.Height, entry.Error);
        return entry.State;
    }

    public bool TryGetImage(string url, out TextureId texture, out int width, out int height)
    {
        texture = default;
        width = height = 0;
        if (!_keys.TryGetValue(KeyOf(url), out var key))
        {
            key = Start(url);
        }

        var entry = _entries[key];
        if (entry.State != ImageLoadState.Ready || _renderer is null)
        {
            return false;
        }

        (texture, width, height) = (entry.Texture, entry.Width, entry.Height);
        return true;
    }

    /// <summary>
    /// Hands finished decodes to the renderer for upload and makes ready those whose texture is complete;
    /// returns how many became ready. Never waits. Call once per frame on the render thread, the renderer's context current.
    /// </summary>
    public int Pump()
    {
        var ready = 0;
        while (_fetchFailures.TryDequeue(out var failure))
        {
            Loading--;
            Fail(failure.Key, $"image '{Shorten(_requests[failure.Key])}' was not loaded: {failure.Error}", SourceLocation.None);
        }

        _finished.Clear();
        while (_queue.TryTake(out var decoded))
        {
            _finished.Add(decoded);
        }

        // Upload in the order the loads started, not the order decoding finished, so texture ids
        // (and the scene dump that names them) repeat from run to run.
        _finished.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        foreach (var done in _finished)
        {
            var entry = _entries[done.Key];
            if (done.Image is null)
            {
                Loading--;
                if (done.Diagnostic is { } diagnostic)
                {
                    _diagnostics.Report(diagnostic);
                }

                _entries[done.Key] = entry with { State = ImageLoadState.Failed, Error = $"image '{Shorten(_requests[done.Key])}' could not be decoded: {done.Diagnostic?.Message ?? "unknown format"}" };
                continue;
            }

            if (_renderer is null)
            {
                Loading--;
                _entries[done.Key] = entry with { State = ImageLoadState.Ready, Width = done.Image.Width, Height = done.Image.Height };
                ready++;
                continue;
            }

            // Ids are named here, in load order, whichever thread uploads: they repeat from run to run.
            _uploading.Add(new Uploading(done.Key, _renderer.UploadTexture(done.Image), done.Image.Width, done.Image.Height));
        }

        ready += TakeUploaded();
        _pending.RemoveAll(t => t.IsCompleted);
        return ready;
    }

    /// <summary>Images whose texture became complete since the last call turn ready; returns how many.</summary>
    private int TakeUploaded()
    {
        if (_renderer is null || _uploading.Count == 0)
        {
            return 0;
        }

        _renderer.PollUploads();
        var ready = 0;
        var kept = 0;
        for (var i = 0; i < _uploading.Count; i++)
        {
            var upload = _uploading[i];
            if (!_renderer.IsTextureReady(upload.Texture))
            {
                _uploading[kept++] = upload;
                continue;
            }

            Loading--;
            _entries[upload.Key] = _entries[upload.Key] with { State = ImageLoadState.Ready, Texture = upload.Texture, Width = upload.Width, Height = upload.Height };
            ready++;
        }

        _uploading.RemoveRange(kept, _uploading.Count - kept);
        return ready;
    }

    /// <summary>
    /// Blocks until every started decode has finished and its texture is complete (headless runs: a frame
    /// waits for its images, so pictures repeat exactly).
    /// </summary>
    public void WaitForLoads(TimeSpan limit)
    {
        if (_pending.Count > 0)
        {
            Task.WaitAll([.. _pending], limit);
        }

        Pump();
        if (_renderer is not null && _uploading.Count > 0)
        {
            _renderer.WaitForUploads(limit);
            Pump();
        }
    }

    public void Dispose()
    {
        foreach (var entry in _entries)
        {
            if (entry.State == ImageLoadState.Ready && _renderer is not null)
            {
                _renderer.DeleteTexture(entry.Texture);
            }
        }

        // Still uploading: the renderer deletes each texture when it arrives.
        foreach (var upload in _uploading)
        {
            _renderer?.DeleteTexture(upload.Texture);
        }

        _uploading.Clear();
        _entries.Clear();
        _keys.Clear();
    }

    private int Start(string url)
    {
        var key = _entries.Count;
        _keys[KeyOf(url)] = key;
        _entries.Add(new Entry(ImageLoadState.Failed, default, 0, 0, null));
        _requests.Add(url);
        if (DataUri.IsDataUri(url))
        {
            // WeChat decodes base64 data: URLs in WXSS backgrounds and image src; so do we.
            var bytes = DataUri.TryDecode(url, out var error);
            if (bytes is null)
            {
                return Fail(key, $"image '{Shorten(url)}' was not loaded: {error}", SourceLocation.None);
            }

            _entries[key] = new Entry(ImageLoadState.Loading, default, 0, 0, null);
            Loading++;
            _pending.Add(_queue.Post(key, bytes, Shorten(url)));
            return key;
        }

        if (IsNetwork(url))
        {
            if (Network is not { } network)
            {
                return Fail(key, $"image '{Shorten(url)}' was not loaded: this host has no network", SourceLocation.None);
            }

            _entries[key] = new Entry(ImageLoadState.Loading, default, 0, 0, null);
            Loading++;
            _pending.Add(FetchThenDecode(network, key, url));
            return key;
        }

        var path = PackagePaths.Combine(BaseDirectory, url);
        var full = path is null ? null : PackagePaths.ToFullPath(_root, path);
        if (full is null || !File.Exists(full))
        {
            return Fail(key, $"image '{url}' is not in the package", SourceLocation.InFile(path ?? url));
        }

        _entries[key] = new Entry(ImageLoadState.Loading, default, 0, 0, null);
        Loading++;
        _pending.Add(_queue.Post(key, File.ReadAllBytes(full), path!));
        return key;
    }

    /// <summary>A load that failed before decoding: one diagnostic, and the reason kept for <c>binderror</c>.</summary>
    private int Fail(int key, string message, SourceLocation location)
    {
        _diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.ImageNotLoaded, message, location));
        _entries[key] = new Entry(ImageLoadState.Failed, default, 0, 0, message);
        return key;
    }

    /// <summary>Fetched off the render thread, then decoded like a file; a failed fetch is reported at the next <see cref="Pump"/>.</summary>
    private async Task FetchThenDecode(IMiniProgramNetwork network, int key, string url)
    {
        var (body, error) = await NetworkImageFetch.GetAsync(network, url).ConfigureAwait(false);
        if (body is null)
        {
            _fetchFailures.Enqueue((key, error ?? "unknown error"));
            return;
        }

        await _queue.Post(key, body, Shorten(url)).ConfigureAwait(false);
    }

    /// <summary>
    /// What a load is kept under: the package path a relative <c>src</c> resolves to from
    /// <see cref="BaseDirectory"/> (so <c>pic.png</c> on two pages in two folders is two images),
    /// the URL itself for data: and network URLs.
    /// </summary>
    private string KeyOf(string url)
    {
        if (DataUri.IsDataUri(url) || IsNetwork(url))
        {
            return url;
        }

        // Remembered per (folder, src): Paint asks every frame, and a steady frame allocates nothing.
        if (!_resolved.TryGetValue((BaseDirectory, url), out var key))
        {
            key = PackagePaths.Combine(BaseDirectory, url) ?? url;
            _resolved[(BaseDirectory, url)] = key;
        }

        return key;
    }

    private static bool IsNetwork(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..80] + "…";

    private readonly record struct Entry(ImageLoadState State, TextureId Texture, int Width, int Height, string? Error);

    /// <summary>A decoded image whose texture the renderer is uploading; its entry stays loading until the texture is complete.</summary>
    private readonly record struct Uploading(int Key, TextureId Texture, int Width, int Height);
}
