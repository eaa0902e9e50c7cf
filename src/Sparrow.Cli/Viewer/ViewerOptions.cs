namespace Sparrow.Cli.Viewer;

/// <summary>What <c>sparrow view</c> was asked to do.</summary>
internal sealed record ViewerOptions
{
    /// <summary>A package folder or archive.</summary>
    public required string Package { get; init; }

    public string? Page { get; init; }

    /// <summary>Window width in CSS px.</summary>
    public int Width { get; init; } = 375;

    /// <summary>Window height in CSS px.</summary>
    public int Height { get; init; } = 667;

    public double PixelRatio { get; init; } = 2;

    /// <summary>Compiled templates and code cache; null: none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Quit after this many frames (0: run until closed).</summary>
    public int Frames { get; init; }

    /// <summary>With <see cref="Frames"/>: write the last frame, read back from the window's back buffer, as PNG.</summary>
    public string? Screenshot { get; init; }

    /// <summary>Reproducible time: the app settles when opened and each frame moves time by 1/60 s.</summary>
    public bool VirtualTime { get; init; }

    /// <summary>Show the frame-time overlay from the start (F2 toggles it).</summary>
    public bool Overlay { get; init; }

    /// <summary>Reload when package files change.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>
    /// The engine makes its own EGL window surface on SDL's X11 window (<c>SurfaceKind.Window</c>)
    /// instead of drawing into SDL's GL context (<c>SurfaceKind.HostContext</c>).
    /// </summary>
    public bool EglWindow { get; init; }
}
