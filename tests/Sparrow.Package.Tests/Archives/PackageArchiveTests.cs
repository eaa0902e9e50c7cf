using System;
using System.IO;
using System.Linq;
using System.Text;
using Sparrow.Core;
using Sparrow.Package.Archives;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Package.Tests.Archives;

public class PackageArchiveTests(ITestOutputHelper output)
{
    private static readonly byte[] AppJson = Encoding.UTF8.GetBytes("""{ "pages": ["pages/index/index"] }""");

    [Fact]
    public void A_packed_folder_opens_with_the_same_files_and_loads_as_the_folder_does()
    {
        var fixture = new ArchiveFixture();
        var archive = fixture.Save(fixture.Pack());
        var package = PackageLoader.Load(archive, fixture.Diagnostics, fixture.Cache);

        Assert.Empty(fixture.Diagnostics.Snapshot());
        Assert.StartsWith(fixture.Cache, package.Root, StringComparison.Ordinal);
        Assert.Equal(["pages/index/index", "sub/pages/a/a"], package.Pages.Select(p => p.Route).ToArray());
        var original = ArchiveFixture.FilesOf(fixture.Package.Root);
        var extracted = ArchiveFixture.FilesOf(package.Root);
        Assert.Equal(original.Keys.Order(StringComparer.Ordinal), extracted.Keys.Order(StringComparer.Ordinal));
        Assert.All(original, pair => Assert.Equal(pair.Value, extracted[pair.Key]));
        Assert.False(Directory.Exists(Path.Combine(package.Root, ".git")));
        Assert.Equal(package.Sizes.TotalBytes, PackageLoader.Load(fixture.Package.Root, new DiagnosticBag()).Sizes.TotalBytes);
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_hash_and_the_app_id()
    {
        var fixture = new ArchiveFixture();
        using var buffer = new MemoryStream();
        var manifest = PackageArchive.Write(fixture.Package.Root, buffer, "sparrow-tests 1", "wx0123456789abcdef");

        Assert.Equal(1, manifest.FormatVersion);
        Assert.Equal("wx0123456789abcdef", manifest.AppId);
        Assert.Equal(manifest.Files.Select(f => f.Path).Order(StringComparer.Ordinal), manifest.Files.Select(f => f.Path));
        Assert.Contains(manifest.Files, f => f.Path == "images/dot.png" && f.Size == 8);
        Assert.DoesNotContain(manifest.Files, f => f.Path.StartsWith(".git", StringComparison.Ordinal));
        Assert.Equal(PackageManifest.ComputeContentHash(manifest.Files), manifest.ContentHash);
        Assert.StartsWith("sha256:", manifest.ContentHash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_folder_packs_to_the_same_bytes_whatever_the_file_times()
    {
        var fixture = new ArchiveFixture();
        var first = fixture.Pack();
        foreach (var file in Directory.EnumerateFiles(fixture.Package.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-3));
        }

        Assert.Equal(first, fixture.Pack());
        File.AppendAllText(Path.Combine(fixture.Package.Root, "app.js"), "\n");
        Assert.NotEqual(first, fixture.Pack());
    }

    [Fact]
    public void Opening_twice_reuses_the_folder_named_by_the_content_hash()
    {
        var fixture = new ArchiveFixture();
        var bytes = fixture.Pack();
        var first = fixture.Open(bytes);
        var second = fixture.Open(bytes);

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Single(Directory.GetDirectories(fixture.Cache));
        Assert.Empty(fixture.Diagnostics.Snapshot());
    }

    [Fact]
    public void A_cached_folder_that_lost_a_file_is_extracted_again()
    {
        var fixture = new ArchiveFixture();
        var bytes = fixture.Pack();
        var folder = fixture.Open(bytes)!;
        File.Delete(Path.Combine(folder, "app.js"));

        Assert.Equal(folder, fixture.Open(bytes));
        Assert.Equal("App({})", File.ReadAllText(Path.Combine(folder, "app.js")));
        Assert.Empty(fixture.Diagnostics.Snapshot());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(-22)]
    [InlineData(-1)]
    public void A_truncated_archive_is_a_diagnostic_on_the_archive(double cut)
    {
        var fixture = new ArchiveFixture();
        var bytes = fixture.Pack();
        var length = cut switch { < 0 => bytes.Length + (int)cut, < 1 => (int)(bytes.Length * cut), _ => (int)cut };
        var archive = fixture.Save(bytes[..length]);

        var package = PackageLoader.Load(archive, fixture.Diagnostics, fixture.Cache);

        Assert.Empty(package.Pages);
        Assert.Null(package.App);
        var error = Assert.Single(fixture.Diagnostics.Snapshot());
        Assert.Equal(ArchiveDiagnosticCodes.Unreadable, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.StartsWith(archive, error.Location.File, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(fixture.Cache));
    }

    [Fact]
    public void A_flipped_byte_anywhere_is_reported_or_changes_nothing_the_package_holds()
    {
        var fixture = new ArchiveFixture();
        var bytes = fixture.Pack();
        var original = ArchiveFixture.FilesOf(fixture.Package.Root);
        var reported = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var copy = (byte[])bytes.Clone();
            copy[i] ^= 0x5a;
            var diagnostics = new DiagnosticBag();
            var folder = PackageArchive.Open(fixture.Save(copy), fixture.Cache, diagnostics);
            if (folder is null)
            {
                Assert.Contains(diagnostics.Snapshot(), d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("SP31", StringComparison.Ordinal));
                reported++;
            }
            else
            {
                Assert.Empty(diagnostics.Snapshot());
                var extracted = ArchiveFixture.FilesOf(folder);
                Assert.Equal(original.Count, extracted.Count);
                Assert.All(original, pair => Assert.Equal(pair.Value, extracted[pair.Key]));
            }
        }

        // Most bytes matter: names, sizes, data, checksums. Timestamps and version fields do not.
        output.WriteLine($"{reported} of {bytes.Length} flipped bytes reported; the others left every file intact");
        Assert.True(reported > bytes.Length / 2, $"only {reported} of {bytes.Length} flips were reported");
    }

    [Fact]
    public void A_changed_file_is_a_hash_mismatch_naming_the_entry()
    {
        var fixture = new ArchiveFixture();
        var listed = new[] { ("app.json", AppJson), ("app.js", "App({})"u8.ToArray()) };
        var shipped = new[] { ("app.json", AppJson), ("app.js", "App({ evil: 1 })"u8.ToArray()) };
        Assert.Null(fixture.Open(ArchiveFixture.RawZip(shipped, listed)));

        var error = Assert.Single(fixture.Diagnostics.Snapshot());
        Assert.Equal(ArchiveDiagnosticCodes.HashMismatch, error.Code);
        Assert.EndsWith("app.sppkg!app.js", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_and_manifest_must_list_the_same_files()
    {
        var fixture = new ArchiveFixture();
        var listed = new[] { ("app.json", AppJson), ("missing.js", "x"u8.ToArray()) };
        var shipped = new[] { ("app.json", AppJson), ("extra.js", "y"u8.ToArray()) };
        Assert.Null(fixture.Open(ArchiveFixture.RawZip(shipped, listed)));

        Assert.Equal([ArchiveDiagnosticCodes.EntryMismatch, ArchiveDiagnosticCodes.EntryMismatch], fixture.Codes);
        Assert.Contains(fixture.Diagnostics.Snapshot(), d => d.Location.File.EndsWith("!missing.js", StringComparison.Ordinal));
        Assert.Contains(fixture.Diagnostics.Snapshot(), d => d.Location.File.EndsWith("!extra.js", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_without_a_manifest_or_with_a_broken_one_is_refused()
    {
        var fixture = new ArchiveFixture();
        Assert.Null(fixture.Open(ArchiveFixture.RawZip([("app.json", AppJson)], withManifest: false)));
        Assert.Equal([ArchiveDiagnosticCodes.ManifestMissing], fixture.Codes);

        var broken = new ArchiveFixture();
        var zip = ArchiveFixture.RawZip([(PackageArchive.ManifestEntry, "{ \"format\": \"sparrow-package\",\n  \"formatVersion\": 1, \"tool\": 7 }"u8.ToArray())], listed: [], withManifest: false);
        Assert.Null(broken.Open(zip));
        var errors = broken.Diagnostics.Snapshot();
        Assert.All(errors, d => Assert.Equal(ArchiveDiagnosticCodes.ManifestInvalid, d.Code));
        Assert.Contains(errors, d => d.Location.File.EndsWith("!sparrow-package.json", StringComparison.Ordinal) && d.Location.Line == 2);
    }

    [Theory]
    [InlineData("../evil.js")]
    [InlineData("pages/../../evil.js")]
    [InlineData("/etc/evil.js")]
    [InlineData("C:/evil.js")]
    [InlineData("pages\\..\\..\\evil.js")]
    public void An_entry_leaving_the_package_is_refused_and_nothing_is_written(string name)
    {
        var fixture = new ArchiveFixture();
        var entries = new[] { ("app.json", AppJson), (name, "evil"u8.ToArray()) };
        Assert.Null(fixture.Open(ArchiveFixture.RawZip(entries)));

        Assert.Contains(ArchiveDiagnosticCodes.UnsafeEntryPath, fixture.Codes);
        Assert.Contains(fixture.Diagnostics.Snapshot(), d => d.Location.File.EndsWith("!" + name, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(fixture.Cache));
        Assert.False(File.Exists(Path.Combine(fixture.Work, "evil.js")));
    }

    [Fact]
    public void An_archive_over_the_whole_package_limit_is_refused_before_extracting()
    {
        var fixture = new ArchiveFixture();
        var big = new byte[PackageSizes.TotalLimitBytes + 1];
        Assert.Null(fixture.Open(ArchiveFixture.RawZip([("app.json", AppJson), ("assets/big.bin", big)])));

        Assert.Equal([ArchiveDiagnosticCodes.TooLarge], fixture.Codes);
        Assert.Contains("WeChat allows 30.00 MiB", fixture.Diagnostics.Snapshot()[0].Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(fixture.Cache));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_unreadable()
    {
        var fixture = new ArchiveFixture();
        var package = PackageLoader.Load(fixture.Save("{ \"pages\": [] }"u8.ToArray(), "app.json"), fixture.Diagnostics, fixture.Cache);

        Assert.Empty(package.Pages);
        Assert.Equal([ArchiveDiagnosticCodes.Unreadable], fixture.Codes);
    }
}
