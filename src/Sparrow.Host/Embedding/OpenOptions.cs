using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

/// <summary>How one mini program is opened: its window, launch page, surface and capabilities.</summary>
public sealed record OpenOptions
{
    /// <summary>Window width in CSS px (WeChat's <c>windowWidth</c>). Default 375.</summary>
    public int Width { get; init; } = 375;

    /// <summary>Window height in CSS px. Default 667.</summary>
    public int Height { get; init; } = 667;

    /// <summary>Device pixel ratio: frames are Width·ratio × Height·ratio device pixels. Default 2.</summary>
    public double PixelRatio { get; init; } = 2;

    /// <summary>The launch page as <c>path?query</c>; null: the package's entry page.</summary>
    public string? Page { get; init; }

    /// <summary>Where frames go. Default: offscreen (engine-owned context, pixels read back).</summary>
    public SurfaceKind Surface { get; init; } = SurfaceKind.Offscreen;

    /// <summary>With <see cref="SurfaceKind.Window"/>: the app's native display (<c>Display*</c> for X11, <c>wl_display*</c> for Wayland).</summary>
    public nint NativeDisplay { get; init; }

    /// <summary>With <see cref="SurfaceKind.Window"/>: the app's native window (an X11 <c>Window</c> id, or a <c>wl_egl_window*</c>). It must outlive the program.</summary>
    public nint NativeWindow { get; init; }

    /// <summary>With <see cref="SurfaceKind.Window"/>: the window system of <see cref="NativeDisplay"/>. Default X11.</summary>
    public Sparrow.Gpu.WindowPlatform WindowPlatform { get; init; } = Sparrow.Gpu.WindowPlatform.X11;

    /// <summary><c>"light"</c> or <c>"dark"</c>: <c>wx.getSystemInfo().theme</c> and <c>prefers-color-scheme</c>. Default light.</summary>
    public string Theme { get; init; } = "light";

    /// <summary>Safe-area insets in CSS px (<c>env(safe-area-inset-*)</c>). Default none.</summary>
    public SafeAreaInsets SafeArea { get; init; }

    /// <summary>
    /// The app id that names this program's storage and cache folders. Null: <c>appid</c> of its
    /// <c>project.config.json</c>, or (for a tourist id or none) the folder name plus a hash of its full path.
    /// </summary>
    public string? AppId { get; init; }

    /// <summary>
    /// Draw the app shell (docs/shell.md): the navigation bar, tabBar and toast/modal overlays over the
    /// page, which gets what the bars leave. Default on; off: frames are the page alone in the whole
    /// window and the app draws the bars itself from <see cref="MiniProgram.NavigationBarChanged"/> and
    /// <see cref="MiniProgram.TabBarChanged"/> (raised either way).
    /// </summary>
    public bool Shell { get; init; } = true;

    /// <summary>What only the host can do for this program; null: <see cref="EngineOptions.Host"/>.</summary>
    public IMiniProgramHost? Host { get; init; }
}
