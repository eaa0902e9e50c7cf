using System.Collections.Generic;

namespace Sparrow.Package;

/// <summary>Bytes on disk: the main package, each subpackage by root, and the total.</summary>
public sealed record PackageSizes(long MainBytes, IReadOnlyDictionary<string, long> SubpackageBytes, long TotalBytes)
{
    /// <summary>WeChat's limit for the main package and for each subpackage: 2 MiB.</summary>
    public const long PackageLimitBytes = 2L * 1024 * 1024;

    /// <summary>WeChat's limit for all packages together: 30 MiB.</summary>
    public const long TotalLimitBytes = 30L * 1024 * 1024;
}
