using System;
using System.IO;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class DecoderTests
{
    // The 10×10 four-color sample of Matthew Flickinger's "What's In A GIF" walkthrough (a GIF89a with a
    // graphic control extension and one 22-byte LZW sub-block that uses dictionary codes).
    private static readonly byte[] SampleGif = Convert.FromHexString(
        "474946383961" + "0A000A00910000" + "FFFFFFFF00000000FF000000" + "21F9040000000000"
        + "2C000000000A000A0000" + "02" + "16" + "8C2D99872A1CDC33A00275EC95FAA8DE608C04914C01" + "00" + "3B");

    private static readonly string[] SamplePattern =
    [
        "1111122222", "1111122222", "1111122222", "1110000222", "1110000222",
        "2220000111", "2220000111", "2222211111", "2222211111", "2222211111",
    ];

    [Fact]
    public void The_first_gif_frame_decodes_through_lzw()
    {
        var image = ImageDecoder.TryDecode(SampleGif, "sample.gif", out var diagnostic);
        Assert.Null(diagnostic);
        Color[] palette = [Color.White, new(255, 0, 0, 255), new(0, 0, 255, 255)];
        for (var y = 0; y < 10; y++)
        {
            for (var x = 0; x < 10; x++)
            {
                Assert.Equal(palette[SamplePattern[y][x] - '0'], image![x, y]);
            }
        }
    }

    [Fact]
    public void A_gif_transparent_index_becomes_alpha_zero()
    {
        var gif = (byte[])SampleGif.Clone();
        gif[0x1C] = 1; // GCE packed: transparency flag
        gif[0x1F] = 0; // transparent index 0 (white)
        var image = ImageDecoder.TryDecode(gif, "t.gif", out _)!;
        Assert.Equal(0, image[3, 3].A);
        Assert.Equal(new Color(255, 0, 0, 255), image[0, 0]);
    }

    [Fact]
    public void A_truncated_gif_is_a_diagnostic()
    {
        Assert.Null(ImageDecoder.TryDecode(SampleGif.AsSpan(0, 40), "cut.gif", out var diagnostic));
        Assert.Equal(GpuDiagnosticCodes.ImageDecodeFailed, diagnostic!.Code);
    }

    [Fact]
    public void A_webp_from_chromium_s_encoder_decodes_through_libwebp()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReferenceScenes.ReferenceDirectory, "..", "Fixtures", "red_blue.webp"));
        var image = ImageDecoder.TryDecode(bytes, "red_blue.webp", out var diagnostic);
        Assert.True(image != null, diagnostic?.ToString());
        Assert.Equal(8, image.Width);
        Assert.Equal(4, image.Height);

        // Lossy VP8 at quality 1.0: flat areas come back within a few levels.
        AssertNear(new Color(255, 0, 0, 255), image[1, 1], 12);
        AssertNear(new Color(0, 0, 255, 255), image[6, 2], 12);
    }

    [Fact]
    public void A_baseline_jpeg_matches_chromium_s_decoding()
    {
        var dir = Path.Combine(ReferenceScenes.ReferenceDirectory, "..", "Fixtures");
        var image = ImageDecoder.TryDecode(File.ReadAllBytes(Path.Combine(dir, "quadrants.jpg")), "quadrants.jpg", out var diagnostic);
        Assert.True(image != null, diagnostic?.ToString());
        Assert.Equal(24, image.Width);
        Assert.Equal(16, image.Height);
        var expected = Convert.FromHexString(File.ReadAllText(Path.Combine(dir, "quadrants.jpg.rgb")).Trim());
        int max = 0, over4 = 0;
        for (var i = 0; i < 24 * 16; i++)
        {
            var d = 0;
            for (var c = 0; c < 3; c++)
            {
                d = Math.Max(d, Math.Abs(expected[(i * 3) + c] - image.Pixels[(i * 4) + c]));
            }

            max = Math.Max(max, d);
            over4 += d > 4 ? 1 : 0;
        }

        var chromium = new RgbaImage(24, 16);
        for (var i = 0; i < 24 * 16; i++)
        {
            chromium[i % 24, i / 24] = new Color(expected[i * 3], expected[(i * 3) + 1], expected[(i * 3) + 2], 255);
        }

        var outDir = Path.Combine(AppContext.BaseDirectory, "reftest-output");
        Directory.CreateDirectory(outDir);
        PngWriter.WriteFile(ImageComparison.SideBySide(chromium, image, 8), Path.Combine(outDir, "quadrants.jpg.compare.png"));

        // libjpeg-turbo uses an integer IDCT, we a float one: rounding only (measured: max 1).
        Assert.True(max <= 2 && over4 == 0, $"max difference {max}, {over4} pixels differ by more than 4");
        Assert.Equal(255, image[5, 3].A);
    }

    [Fact]
    public void A_progressive_jpeg_is_reported_as_unsupported()
    {
        // SOI, then a SOF2 segment header: enough for the decoder to name the process.
        byte[] progressive = [0xFF, 0xD8, 0xFF, 0xC2, 0x00, 0x0B, 8, 0, 1, 0, 1, 1, 1, 0x11, 0, 0xFF, 0xD9];
        Assert.Null(ImageDecoder.TryDecode(progressive, "p.jpg", out var diagnostic));
        Assert.Equal(GpuDiagnosticCodes.ImageFormatUnsupported, diagnostic!.Code);
        Assert.Contains("Progressive", diagnostic.Message, StringComparison.Ordinal);
    }

    private static void AssertNear(Color expected, Color actual, int tolerance)
    {
        var d = Math.Max(Math.Max(Math.Abs(expected.R - actual.R), Math.Abs(expected.G - actual.G)), Math.Max(Math.Abs(expected.B - actual.B), Math.Abs(expected.A - actual.A)));
        Assert.True(d <= tolerance, $"expected {expected}, got {actual} (tolerance {tolerance})");
    }
}
