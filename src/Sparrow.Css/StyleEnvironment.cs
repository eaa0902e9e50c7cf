namespace Sparrow.Css;

/// <summary>
/// What style resolution depends on outside the document: the window (for rpx, vw/vh and @media),
/// the theme (prefers-color-scheme), the safe-area insets (env(safe-area-inset-*)) and the renderer.
/// </summary>
public sealed record StyleEnvironment(float WindowWidth, float WindowHeight)
{
    public static StyleEnvironment Default { get; } = new(375, 667);

    /// <summary><c>"light"</c> or <c>"dark"</c> (wx.getSystemInfo().theme).</summary>
    public string ColorScheme { get; init; } = "light";

    public float SafeAreaTop { get; init; }

    public float SafeAreaRight { get; init; }

    public float SafeAreaBottom { get; init; }

    public float SafeAreaLeft { get; init; }

    public RendererKind Renderer { get; init; } = RendererKind.WebView;

    /// <summary><c>rendererOptions.skyline.defaultDisplayBlock</c>: Skyline nodes default to block instead of flex.</summary>
    public bool SkylineDefaultDisplayBlock { get; init; }

    /// <summary><c>rendererOptions.skyline.defaultContentBox</c>: Skyline nodes default to content-box instead of border-box.</summary>
    public bool SkylineDefaultContentBox { get; init; }

    /// <summary>The default font size of the root (the <c>medium</c> keyword), 16px as in WebView.</summary>
    public float DefaultFontSize { get; init; } = 16;
}
