namespace Sparrow.Host;

/// <summary>Diagnostics of the composition root (SP11xx: frames, images, input scripts), to move into Core's table.</summary>
public static class HostDiagnosticCodes
{
    /// <summary>An image (image src or background url) could not be loaded: not in the package, or not a package path.</summary>
    public const string ImageNotLoaded = "SP1101";

    /// <summary>No EGL display or GLES 3 context: frames are laid out but not drawn.</summary>
    public const string NoGpu = "SP1102";

    /// <summary>A line of an input script is not an action this host understands.</summary>
    public const string BadInputAction = "SP1103";

    /// <summary>The page did not settle within the time limit; the frame shows what had rendered.</summary>
    public const string NotIdle = "SP1104";
}
