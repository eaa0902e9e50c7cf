namespace Sparrow.Script.MiniProgram;

/// <summary>
/// Diagnostic codes of the mini-program runtime (SP21xx, inside the script range). Kept here until
/// they move into <see cref="Sparrow.Core.DiagnosticCodes"/>.
/// </summary>
public static class MiniProgramDiagnosticCodes
{
    /// <summary>A WXML or WXS file the template compiler rejected (a fatal parse error).</summary>
    public const string TemplateError = "SP2101";

    /// <summary>A WXML problem the template compiler reported but compiled through.</summary>
    public const string TemplateWarning = "SP2102";

    /// <summary>A JS error in app, page or component code (also passed to App.onError).</summary>
    public const string AppScriptError = "SP2103";

    /// <summary>The framework files (glass-easel, its adapter, the compiler, lib/) were not found.</summary>
    public const string FrameworkMissing = "SP2104";

    /// <summary>Storage could not be read or written on disk.</summary>
    public const string StorageFailed = "SP2105";

    /// <summary>The package has no page to open.</summary>
    public const string NoEntryPage = "SP2106";

    /// <summary>The compile cache entry could not be read or written; the templates were compiled anew.</summary>
    public const string CompileCacheFailed = "SP2107";

    /// <summary>glass-easel warned about the package (e.g. a string used as a wx:for list).</summary>
    public const string FrameworkWarning = "SP2108";

    /// <summary>A host capability (<see cref="IMiniProgramHost"/>) or the network layer threw; the wx call failed.</summary>
    public const string HostCapabilityFailed = "SP2109";

    /// <summary>A file-system call failed on the disk for a reason other than the mini program's (I/O error).</summary>
    public const string FileSystemFailed = "SP2110";
}
