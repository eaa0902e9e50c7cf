namespace Sparrow.Package.Archives;

/// <summary>
/// Diagnostics of package archives (SP31xx, inside the package range). Each names the archive and,
/// where one is at fault, the entry: <c>hello.sppkg!pages/index/index.js</c>.
/// </summary>
public static class ArchiveDiagnosticCodes
{
    /// <summary>The file is not a readable zip: truncated, corrupt, or an entry that does not decompress.</summary>
    public const string Unreadable = "SP3101";

    /// <summary>The archive has no <c>sparrow-package.json</c>, or it is not a manifest of a known format version.</summary>
    public const string ManifestMissing = "SP3102";

    /// <summary>The manifest is JSON but a field is missing or has the wrong type or form.</summary>
    public const string ManifestInvalid = "SP3103";

    /// <summary>An entry name is absolute, climbs out with <c>..</c>, or uses backslashes or a drive (zip slip).</summary>
    public const string UnsafeEntryPath = "SP3104";

    /// <summary>An entry's size or SHA-256, or the content hash over all files, differs from the manifest.</summary>
    public const string HashMismatch = "SP3105";

    /// <summary>An entry is not listed in the manifest, a listed file has no entry, or a name appears twice.</summary>
    public const string EntryMismatch = "SP3106";

    /// <summary>The files of the archive together exceed WeChat's limit for a whole mini program.</summary>
    public const string TooLarge = "SP3107";

    /// <summary>The archive could not be extracted into the cache folder (disk full, no permission).</summary>
    public const string ExtractFailed = "SP3108";
}
