namespace Sparrow.Gpu;

/// <summary>
/// Diagnostic codes of the GPU stage, in Core's SP8xxx range (paint and GPU). Kept here until they move
/// into <c>Sparrow.Core.DiagnosticCodes</c>; Paint should take codes from SP8100 up.
/// </summary>
public static class GpuDiagnosticCodes
{
    /// <summary>A shader failed to compile; the location names the .glsl file and line.</summary>
    public const string ShaderCompileFailed = "SP8001";

    /// <summary>A program failed to link.</summary>
    public const string ShaderLinkFailed = "SP8002";

    /// <summary>No EGL display or GLES 3 context could be created.</summary>
    public const string ContextUnavailable = "SP8003";

    /// <summary>An image could not be decoded (corrupt, truncated or unsupported format).</summary>
    public const string ImageDecodeFailed = "SP8004";

    /// <summary>An image uses a format or feature the decoders do not support yet.</summary>
    public const string ImageFormatUnsupported = "SP8005";
}
