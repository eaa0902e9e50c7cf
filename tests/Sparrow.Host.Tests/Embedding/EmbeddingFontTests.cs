using System.IO;
using Sparrow.Host.Embedding;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary><see cref="EngineOptions.FontDirectories"/>: a font file there is a family named after the file for every program.</summary>
public sealed class EmbeddingFontTests
{
    private const string Dejavu = "/usr/share/fonts/truetype/dejavu/";

    [EglFact]
    public void A_font_in_a_font_directory_is_used_under_its_file_name()
    {
        Assert.True(File.Exists(Dejavu + "DejaVuSansCondensed.ttf"), "DejaVu fonts are installed by ./dev setup (fonts-dejavu-core)");
        var root = Directory.CreateTempSubdirectory("sparrow-font-");
        try
        {
            var package = Directory.CreateDirectory(Path.Combine(root.FullName, "package"));
            Directory.CreateDirectory(Path.Combine(package.FullName, "pages", "index"));
            File.WriteAllText(Path.Combine(package.FullName, "app.json"), "{ \"pages\": [\"pages/index/index\"] }");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.js"), "Page({});");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.wxml"),
                "<view style=\"font-family: Probe, sans-serif; font-size: 30px; color: #000\">WWWWWWWWWW</view>");

            var condensed = RightmostInk(package.FullName, [FontFolder(root, "condensed", "DejaVuSansCondensed.ttf")]);
            var regular = RightmostInk(package.FullName, [FontFolder(root, "regular", "DejaVuSans.ttf")]);

            // Ten W's at 60 device px: DejaVu Sans's W advances 2025/2048 em (≈ 593 px in all), the
            // condensed cut's 1823/2048 em (≈ 534 px): the file named Probe.ttf decides what "Probe" draws.
            Assert.InRange(regular, 585, 600);
            Assert.InRange(condensed, 525, 540);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>A folder holding the DejaVu file <paramref name="file"/> copied as <c>Probe.ttf</c>.</summary>
    private static string FontFolder(DirectoryInfo root, string name, string file)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root.FullName, name));
        File.Copy(Dejavu + file, Path.Combine(folder.FullName, "Probe.ttf"));
        return folder.FullName;
    }

    /// <summary>The rightmost column (device px) with a dark pixel in the first frame.</summary>
    private static int RightmostInk(string package, string[] fontDirectories)
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual, FontDirectories = fontDirectories });
        using var program = engine.Open(package, new OpenOptions { Shell = false });
        program.RenderFrame(0);
        var pixels = new byte[program.PixelWidth * program.PixelHeight * 4];
        program.ReadPixels(pixels);
        var rightmost = -1;
        for (var y = 0; y < program.PixelHeight; y++)
        {
            for (var x = rightmost + 1; x < program.PixelWidth; x++)
            {
                if (pixels[((y * program.PixelWidth) + x) * 4] < 128)
                {
                    rightmost = x;
                }
            }
        }

        return rightmost;
    }
}
