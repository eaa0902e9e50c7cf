namespace Sparrow.Host;

/// <summary>Diagnostics of the composition root (SP11xx: frames, images, input scripts), to move into Core's table.</summary>
public static class HostDiagnosticCodes
{
    /// <summary>An image (image src or background url) could not be loaded: not in the package, or not a package path.</summary>
    public const string ImageNotLoaded = "SP1101";

    /// <summary>No EGL display or GLES 3 context: frames are laid out but not drawn.</summary>
    public const string NoGpu = "SP1102";

    /// <summary>An input script is not JSON, or one of its actions cannot be read or played (a selector that matches nothing, a point off screen).</summary>
    public const string BadInputAction = "SP1103";

    /// <summary>The page did not settle within the time limit; the frame shows what had rendered.</summary>
    public const string NotIdle = "SP1104";

    /// <summary>A capture file cannot be read: not a capture, another format version, truncated or corrupt.</summary>
    public const string BadCapture = "SP1105";

    /// <summary>A page nests boxes deeper than layout goes (<c>LayoutEngine.MaxDepth</c>): the deeper boxes are left empty.</summary>
    public const string LayoutTooDeep = "SP1106";

    /// <summary>A render request from the base library (a node query, pageScrollTo, an observer) could not be read; it is dropped.</summary>
    public const string BadRenderRequest = "SP1110";

    /// <summary>A shell request from the base library (<c>wx.showToast</c>, <c>wx.setNavigationBarTitle</c>, …) could not be read; it is dropped.</summary>
    public const string ShellRequestInvalid = "SP1120";

    /// <summary>A window or tabBar value in <c>app.json</c> or a page's json the shell cannot use (a non-hex color, an unknown keyword, a tabBar list outside 2–5 items); WeChat's default is used.</summary>
    public const string ShellConfigInvalid = "SP1121";
}
