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
}
