namespace Sparrow.Cli;

/// <summary>What the process exit code means, for every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The user's content failed: a JS error, a timeout, a diagnostic of severity error.</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
