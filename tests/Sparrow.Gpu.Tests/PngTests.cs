using System.IO;
using System.Threading.Tasks;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class PngTests
{
    [Fact]
    public void Crc32_matches_the_check_value() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void Written_pngs_decode_to_the_same_pixels()
    {
        var image = new RgbaImage(7, 5);
        for (var y = 0; y < 5; y++)
        {
            for (var x = 0; x < 7; x++)
            {
                image[x, y] = new Color((byte)(x * 30), (byte)(y * 50), (byte)(x ^ y), (byte)(255 - (x * y)));
            }
        }

        var bytes = PngWriter.Encode(image);
        var decoded = PngDecoder.TryDecode(bytes, "t.png", out var diagnostic);
        Assert.Null(diagnostic);
        Assert.Equal(image.Pixels, decoded!.Pixels);
    }

    [Fact]
    public void Chromium_rgb_pngs_and_a_python_written_rgba_png_decode()
    {
        var dir = ReferenceScenes.ReferenceDirectory;
        var shot = PngDecoder.TryDecode(File.ReadAllBytes(Path.Combine(dir, "solid_rect.png")), "solid_rect.png", out _)!;
        Assert.Equal(80, shot.Width);
        Assert.Equal(new Color(255, 0, 0, 255), shot[10, 10]);
        Assert.Equal(Color.White, shot[9, 10]);
        var checker = PngDecoder.TryDecode(File.ReadAllBytes(Path.Combine(dir, "checker.png")), "checker.png", out _)!;
        Assert.Equal(new Color(255, 128, 0, 255), checker[0, 0]);
        Assert.Equal(new Color(0, 160, 0, 128), checker[15, 8]);
    }

    [Fact]
    public void A_corrupt_png_is_a_diagnostic_not_an_exception()
    {
        var bytes = PngWriter.Encode(new RgbaImage(2, 2));
        bytes[20] ^= 0xFF; // inside IHDR: the CRC no longer matches
        Assert.Null(PngDecoder.TryDecode(bytes, "bad.png", out var diagnostic));
        Assert.Equal(GpuDiagnosticCodes.ImageDecodeFailed, diagnostic!.Code);
        Assert.Equal("bad.png", diagnostic.Location.File);
    }

    [Fact]
    public void Unknown_formats_are_a_diagnostic()
    {
        Assert.Null(ImageDecoder.TryDecode("hello"u8, "a.txt", out var text));
        Assert.Equal(GpuDiagnosticCodes.ImageDecodeFailed, text!.Code);
    }

    [Fact]
    public async Task The_decode_queue_decodes_off_thread_and_hands_results_back()
    {
        var queue = new ImageDecodeQueue();
        var png = PngWriter.Encode(new RgbaImage(3, 2));
        await queue.Post(42, png, "q.png");
        Assert.True(queue.TryTake(out var result));
        Assert.Equal(42, result.Key);
        Assert.Equal(3, result.Image!.Width);
        Assert.False(queue.TryTake(out _));
    }
}
