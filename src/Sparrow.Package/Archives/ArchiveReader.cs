using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using Sparrow.Core;

namespace Sparrow.Package.Archives;

/// <summary>
/// Verifies a package archive and extracts it into a folder named by its content hash. Every
/// check runs before anything is written: entry names (zip slip), the manifest, entries against
/// the manifest, sizes against WeChat's limit, the content hash; then every entry's bytes against
/// its size and SHA-256 while it is staged. A folder appears only complete (staged, then renamed).
/// </summary>
internal sealed class ArchiveReader
{
    private readonly string _archive;
    private readonly IDiagnosticSink _diagnostics;
    private bool _failed;

    private ArchiveReader(string archive, IDiagnosticSink diagnostics)
    {
        _archive = archive;
        _diagnostics = diagnostics;
    }

    public static string? Open(string archivePath, string cacheRoot, IDiagnosticSink diagnostics)
    {
        var reader = new ArchiveReader(archivePath, diagnostics);
        try
        {
            using var stream = File.OpenRead(archivePath);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return reader.Run(zip, cacheRoot);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            reader.Error(ArchiveDiagnosticCodes.Unreadable, null, $"Not a readable package archive (truncated or corrupt): {ex.Message}");
            return null;
        }
    }

    private string? Run(ZipArchive zip, string cacheRoot)
    {
        var entries = IndexEntries(zip);
        var manifest = _failed ? null : ReadManifest(entries);
        if (manifest is null)
        {
            return null;
        }

        CheckAgainstManifest(manifest, entries);
        if (_failed)
        {
            return null;
        }

        var target = Path.Combine(cacheRoot, manifest.ContentHash["sha256:".Length..]);
        return IsComplete(manifest, target) ? VerifyOnly(manifest, entries, target) : Extract(manifest, entries, cacheRoot, target);
    }

    /// <summary>
    /// Whether an earlier extraction is there with every file at its size. A folder that lost files
    /// (a temporary-files cleaner) is removed, to be extracted again.
    /// </summary>
    private static bool IsComplete(PackageManifest manifest, string target)
    {
        if (!Directory.Exists(target))
        {
            return false;
        }

        foreach (var file in manifest.Files)
        {
            var info = new FileInfo(Path.Combine(target, file.Path));
            if (!info.Exists || info.Length != file.Size)
            {
                Directory.Delete(target, recursive: true);
                return false;
            }
        }

        return true;
    }

    /// <summary>Every entry by name; unsafe names and duplicates are reported. Folder entries carry nothing and are skipped.</summary>
    private Dictionary<string, ZipArchiveEntry> IndexEntries(ZipArchive zip)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            var problem = ArchiveEntryNames.Problem(entry.FullName);
            if (problem is not null)
            {
                Error(ArchiveDiagnosticCodes.UnsafeEntryPath, entry.FullName, $"Entry name has {problem}; archives may only hold relative paths inside the package.");
            }
            else if (!ArchiveEntryNames.IsFolder(entry.FullName) && !entries.TryAdd(entry.FullName, entry))
            {
                Error(ArchiveDiagnosticCodes.EntryMismatch, entry.FullName, "Entry appears twice.");
            }
        }

        return entries;
    }

    private PackageManifest? ReadManifest(Dictionary<string, ZipArchiveEntry> entries)
    {
        if (!entries.Remove(PackageArchive.ManifestEntry, out var entry))
        {
            Error(ArchiveDiagnosticCodes.ManifestMissing, null, $"No {PackageArchive.ManifestEntry} in the archive; it is not a package archive (make one with 'sparrow pack').");
            return null;
        }

        var bytes = ReadEntry(entry, PackageSizes.TotalLimitBytes);
        return bytes is null ? null : ManifestJson.Read($"{_archive}!{PackageArchive.ManifestEntry}", bytes, _diagnostics);
    }

    private void CheckAgainstManifest(PackageManifest manifest, Dictionary<string, ZipArchiveEntry> entries)
    {
        if (manifest.TotalBytes > PackageSizes.TotalLimitBytes)
        {
            Error(ArchiveDiagnosticCodes.TooLarge, null, $"The files add up to {Mib(manifest.TotalBytes)}; WeChat allows {Mib(PackageSizes.TotalLimitBytes)} for a whole mini program.");
            return;
        }

        if (PackageManifest.ComputeContentHash(manifest.Files) != manifest.ContentHash)
        {
            Error(ArchiveDiagnosticCodes.HashMismatch, PackageArchive.ManifestEntry, "The manifest's contentHash does not match its file list.");
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var problem = ArchiveEntryNames.Problem(file.Path);
            if (problem is not null || ArchiveEntryNames.IsFolder(file.Path))
            {
                Error(ArchiveDiagnosticCodes.UnsafeEntryPath, file.Path, $"Manifest path has {problem ?? "a trailing slash"}.");
            }
            else if (!listed.Add(file.Path))
            {
                Error(ArchiveDiagnosticCodes.EntryMismatch, file.Path, "Listed twice in the manifest.");
            }
            else if (!entries.TryGetValue(file.Path, out var entry))
            {
                Error(ArchiveDiagnosticCodes.EntryMismatch, file.Path, "Listed in the manifest but not in the archive.");
            }
            else if (entry.Length != file.Size)
            {
                Error(ArchiveDiagnosticCodes.HashMismatch, file.Path, $"Entry is {entry.Length} bytes; the manifest says {file.Size}.");
            }
        }

        foreach (var name in entries.Keys)
        {
            if (!listed.Contains(name))
            {
                Error(ArchiveDiagnosticCodes.EntryMismatch, name, "Entry is not listed in the manifest.");
            }
        }
    }

    /// <summary>The folder already holds this content (its name is the content hash): check the archive's bytes, write nothing.</summary>
    private string? VerifyOnly(PackageManifest manifest, Dictionary<string, ZipArchiveEntry> entries, string target)
    {
        foreach (var file in manifest.Files)
        {
            VerifiedBytes(file, entries[file.Path]);
        }

        return _failed ? null : target;
    }

    private string? Extract(PackageManifest manifest, Dictionary<string, ZipArchiveEntry> entries, string cacheRoot, string target)
    {
        var staging = Path.Combine(cacheRoot, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in manifest.Files)
            {
                var bytes = VerifiedBytes(file, entries[file.Path]);
                if (bytes is not null)
                {
                    var full = Path.Combine(staging, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, bytes);
                }
            }

            if (!_failed)
            {
                Publish(staging, target);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Error(ArchiveDiagnosticCodes.ExtractFailed, null, $"Could not extract into {cacheRoot}: {ex.Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return _failed ? null : target;
    }

    /// <summary>Renames the staged folder into place; another process that got there first wins, with the same content.</summary>
    private static void Publish(string staging, string target)
    {
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
        }
    }

    /// <summary>The entry's bytes when they match the manifest's size and SHA-256; else null, reported.</summary>
    private byte[]? VerifiedBytes(ManifestFile file, ZipArchiveEntry entry)
    {
        var bytes = ReadEntry(entry, file.Size);
        if (bytes is null)
        {
            return null;
        }

        if (bytes.Length != file.Size || Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
        {
            Error(ArchiveDiagnosticCodes.HashMismatch, file.Path, $"Content differs from the manifest ({bytes.Length} bytes read, SHA-256 does not match).");
            return null;
        }

        return bytes;
    }

    /// <summary>Decompresses at most <paramref name="limit"/> + 1 bytes (so a lying size cannot exhaust memory); null when the data is corrupt.</summary>
    private byte[]? ReadEntry(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit)
        {
            Error(ArchiveDiagnosticCodes.TooLarge, entry.FullName, $"Entry is {Mib(entry.Length)}, more than {Mib(limit)}.");
            return null;
        }

        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Min(entry.Length, limit));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    Error(ArchiveDiagnosticCodes.HashMismatch, entry.FullName, $"Entry decompresses to more than the {limit} bytes declared.");
                    return null;
                }
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            Error(ArchiveDiagnosticCodes.Unreadable, entry.FullName, $"Entry cannot be decompressed (corrupt or truncated): {ex.Message}");
            return null;
        }
    }

    private void Error(string code, string? entry, string message)
    {
        _failed = true;
        var file = entry is null ? _archive : $"{_archive}!{entry}";
        _diagnostics.Report(Diagnostic.Error(code, message, SourceLocation.InFile(file)));
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024.0):0.00} MiB";
}
