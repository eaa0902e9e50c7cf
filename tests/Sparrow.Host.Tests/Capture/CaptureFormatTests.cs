using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Dom;
using Sparrow.Host.Capture;
using Xunit;

namespace Sparrow.Host.Tests.Capture;

/// <summary>The capture container on its own: round trip, and every way a file can be broken gives a CaptureFormatException.</summary>
public sealed class CaptureFormatTests
{
    private static CaptureFile Sample()
    {
        var writer = new OpStreamWriter();
        writer.CreateElement(2, "view", "wx-view");
        writer.AppendChild(1, 2);
        writer.AddClass(2, "card", 0);
        var first = writer.Finish();
        writer.SetText(2, "hello");
        return new CaptureFile
        {
            Route = "pages/index/index",
            Query = "id=7",
            Width = 390,
            Height = 844,
            PixelRatio = 3,
            EngineVersion = "1.2.3+abc",
            Commit = "abc",
            Created = new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero),
            DataJson = """{"greeting":"你好"}""",
            Batches = [first, writer.Finish()],
            StyleSheets = new Dictionary<string, string> { ["/app.wxss"] = ".card { color: red; }", ["/pages/index/index.wxss"] = "@import '/app.wxss';" },
            Images = new Dictionary<string, byte[]> { ["/images/a.png"] = [1, 2, 3, 4] },
        };
    }

    [Fact]
    public void A_capture_reads_back_as_written()
    {
        var original = Sample();
        var bytes = CaptureWriter.ToBytes(original);
        Assert.True(bytes.AsSpan().StartsWith("SPRWCAPT"u8));
        var read = CaptureReader.Read(bytes, "sample.spcap");
        Assert.Equal(original.Route, read.Route);
        Assert.Equal(original.Query, read.Query);
        Assert.Equal((390, 844, 3.0), (read.Width, read.Height, read.PixelRatio));
        Assert.Equal(original.EngineVersion, read.EngineVersion);
        Assert.Equal(original.Created, read.Created);
        Assert.Equal(original.DataJson, read.DataJson);
        Assert.Equal(original.Batches.Count, read.Batches.Count);
        Assert.All(original.Batches.Zip(read.Batches), pair => Assert.Equal(pair.First, pair.Second));
        Assert.Equal(original.StyleSheets.OrderBy(s => s.Key), read.StyleSheets.OrderBy(s => s.Key));
        Assert.Equal([1, 2, 3, 4], read.Images["/images/a.png"]);
        Assert.Equal("pages/index/index?id=7", read.PageArgument);
        Assert.Equal(bytes, CaptureWriter.ToBytes(read)); // the container is canonical
    }

    [Fact]
    public void A_capture_without_data_keeps_null()
    {
        var read = CaptureReader.Read(CaptureWriter.ToBytes(Sample() with { DataJson = null }), "x");
        Assert.Null(read.DataJson);
    }

    [Fact]
    public void Every_truncation_is_a_clear_error()
    {
        var bytes = CaptureWriter.ToBytes(Sample());
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<CaptureFormatException>(() => CaptureReader.Read(bytes.AsSpan(0, length), "cut.spcap"));
            Assert.StartsWith("cut.spcap: byte ", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_flipped_byte_is_a_clear_error()
    {
        var bytes = CaptureWriter.ToBytes(Sample());
        for (var i = 0; i < bytes.Length; i++)
        {
            var copy = (byte[])bytes.Clone();
            copy[i] ^= 0x5a;
            Assert.Throws<CaptureFormatException>(() => CaptureReader.Read(copy, "flip.spcap"));
        }
    }

    [Fact]
    public void Another_file_kind_and_another_version_are_named()
    {
        var notCapture = Assert.Throws<CaptureFormatException>(() => CaptureReader.Read("\x89PNG\r\n\x1a\n and more bytes here"u8, "a.png"));
        Assert.Contains("not a Sparrow capture", notCapture.Message, StringComparison.Ordinal);

        var bytes = CaptureWriter.ToBytes(Sample());
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 2);
        var version = Assert.Throws<CaptureFormatException>(() => CaptureReader.Read(bytes, "new.spcap"));
        Assert.Contains("version 2", version.Message, StringComparison.Ordinal);
        Assert.Contains("reads version 1", version.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checksum_that_does_not_match_is_reported_as_corrupt()
    {
        var bytes = CaptureWriter.ToBytes(Sample());
        bytes[^1] ^= 1;
        var e = Assert.Throws<CaptureFormatException>(() => CaptureReader.Read(bytes, "bad.spcap"));
        Assert.Contains("corrupt: CRC-32", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Captured_stylesheets_resolve_as_package_paths_do()
    {
        var resolver = new CaptureWxssResolver(new Dictionary<string, string> { ["/app.wxss"] = "a", ["/pages/index/common.wxss"] = "b" });
        Assert.True(resolver.TryResolve(string.Empty, "/app.wxss", out var path, out var text));
        Assert.Equal(("/app.wxss", "a"), (path, text));
        Assert.True(resolver.TryResolve("/pages/index/index.wxss", "common", out path, out text));
        Assert.Equal(("/pages/index/common.wxss", "b"), (path, text));
        Assert.False(resolver.TryResolve("/pages/index/index.wxss", "../../../etc/passwd", out _, out _));
        Assert.False(resolver.TryResolve(string.Empty, "/missing.wxss", out _, out _));
    }
}
