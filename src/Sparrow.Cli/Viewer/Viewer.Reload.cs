using Sparrow.Host.Embedding;

namespace Sparrow.Cli.Viewer;

internal sealed partial class Viewer
{
    /// <summary>Opens the package at <paramref name="page"/>; false (diagnostics already printed) when it cannot.</summary>
    private bool Open(string? page, int width, int height)
    {
        try
        {
            _program = _engine.Open(_options.Package, new OpenOptions
            {
                Width = width,
                Height = height,
                PixelRatio = _options.PixelRatio,
                Page = page,
                Surface = _options.EglWindow ? SurfaceKind.Window : SurfaceKind.HostContext,
                NativeDisplay = _options.EglWindow ? _window.X11Display : 0,
                NativeWindow = _options.EglWindow ? (nint)_window.X11Window : 0,
            });
        }
        catch (EmbeddingException e)
        {
            _console.Error.WriteLine($"sparrow view: {e.Message}");
            return false;
        }

        var (drawableWidth, drawableHeight) = _window.DrawableSize;
        if (drawableWidth != _program.PixelWidth || drawableHeight != _program.PixelHeight)
        {
            _window.Resize(_program.PixelWidth, _program.PixelHeight);
        }

        return true;
    }

    /// <summary>
    /// Hot reload: closes the program and opens the package again at the current size, then rebuilds
    /// the page stack it had (bottom page as the launch page, the others by <c>navigateTo</c>, each
    /// with its query). A page the new package no longer has ends the rebuild there (its diagnostic is
    /// printed); a package that no longer opens leaves a grey window until the next change.
    /// </summary>
    private void Reload()
    {
        var stack = _program is { } current ? current.PageStack() : [];
        var route = stack.Count > 0 ? stack[0] : _options.Page;
        var (width, height) = _program is { } old ? (old.Width, old.Height) : (_options.Width, _options.Height);
        _program?.Dispose();
        _program = null;
        _pointerDown = false;
        _ready = false;
        _console.Out.WriteLine($"reloading {(stack.Count > 0 ? string.Join(" > ", stack) : route ?? "the entry page")}");
        _console.Out.Flush();
        if (!Open(route, width, height))
        {
            if (route is not null)
            {
                _console.Error.WriteLine("sparrow view: the package does not open; waiting for the next change");
            }

            return;
        }

        for (var i = 1; i < stack.Count; i++)
        {
            var before = _program!.PageStack().Count;
            _program.NavigateTo(stack[i]);
            if (_program.PageStack().Count == before)
            {
                break;
            }
        }
    }
}
