namespace Sparrow.Core;

/// <summary>
/// Every diagnostic code in one table, so codes stay unique and searchable.
/// Ranges: SP1xxx host and CLI, SP2xxx script (V8, loader, event loop), SP3xxx package, SP4xxx DOM,
/// SP5xxx CSS, SP6xxx layout, SP7xxx text, SP8xxx paint and GPU.
/// </summary>
public static class DiagnosticCodes
{
    public const string CliUsage = "SP1001";
    public const string CliFileNotFound = "SP1002";

    public const string ScriptSyntaxError = "SP2001";
    public const string ScriptUncaughtException = "SP2002";
    public const string ScriptWatchdogTimeout = "SP2003";
    public const string ScriptHeapLimit = "SP2004";
    public const string ScriptUnhandledRejection = "SP2005";
    public const string ScriptModuleNotFound = "SP2006";
    public const string ScriptModuleOutsideRoot = "SP2007";
    public const string ScriptHostCallFailed = "SP2008";
    public const string ScriptCodeCacheRejected = "SP2009";
    public const string ScriptTerminated = "SP2010";

    public const string PackageJsonSyntax = "SP3001";
    public const string PackageAppJsonMissing = "SP3002";
    public const string PackagePageMissing = "SP3003";
    public const string PackageComponentUnresolved = "SP3004";
    public const string PackageTabBarPageNotListed = "SP3005";
    public const string PackageTooLarge = "SP3006";
    public const string PackageTotalTooLarge = "SP3007";
    public const string PackageConfigType = "SP3008";
    public const string PackageDuplicatePage = "SP3009";
    public const string PackagePluginUnsupported = "SP3010";
    public const string PackageComponentIncomplete = "SP3011";
    public const string PackageEntryPageNotListed = "SP3012";
    public const string PackagePathOutsideRoot = "SP3013";
}
