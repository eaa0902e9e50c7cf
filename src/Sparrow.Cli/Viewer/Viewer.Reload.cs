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
    /// Hot reload: closes the program and opens the package again on the page that was on top, at
    /// the current size. The rest of the page stack is not restored (the API exposes only the top
    /// route). A package that no longer opens leaves a grey window until the next change.
    /// </summary>
    private void Reload()
    {
        var route = _program?.CurrentRoute ?? _options.Page;
        var (width, height) = _program is { } old ? (old.Width, old.Height) : (_options.Width, _options.Height);
        _program?.Dispose();
        _program = null;
        _pointerDown = false;
        _ready = false;
        _console.Out.WriteLine($"reloading {route ?? "the entry page"}");
        _console.Out.Flush();
        if (!Open(route, width, height) && route is not null)
        {
            _console.Error.WriteLine("sparrow view: the package does not open; waiting for the next change");
        }
    }
}
