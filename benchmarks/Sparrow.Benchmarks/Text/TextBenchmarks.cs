using System.Text;
using BenchmarkDotNet.Attributes;
using Sparrow.Text;
using Sparrow.Text.Interop;

namespace Sparrow.Benchmarks.Text;

/// <summary>
/// Issue 6's text benchmarks: shaping through our stage vs HarfBuzz called directly on the same
/// runs (target: ≤ 10 % overhead), re-measuring an unchanged paragraph (target: ≤ 1 µs, from the
/// cache), and breaking a 10,000-character Chinese article.
/// </summary>
[BenchmarkCategory("Text")]
public unsafe class TextBenchmarks
{
    private const string Zh = "微信小程序是一种不需要下载安装即可使用的应用，它实现了应用触手可及的梦想，用户扫一扫或者搜一下即可打开应用。";
    private static readonly string[] Runs = [Zh, Zh + Zh, "Sparrow renders WeChat mini programs outside WeChat, at sixty frames per second."];
    private static readonly uint Hani = HarfBuzz.Tag('H', 'a', 'n', 'i');
    private FontSystem fonts = null!;
    private TextMeasurer measurer = null!;
    private FontFace face = null!;
    private nint buffer;
    private nint language;
    private string article = null!;
    private CodePointText articleText = null!;
    private LineBreakOpportunity[] breaks = null!;
    private Paragraph articleParagraph = null!;
    private float width = 300;
    private readonly TextStyle mixed = new() { Font = FontQuery.Of("DejaVu Sans") };

    [GlobalSetup]
    public void Setup()
    {
        fonts = new FontSystem();
        measurer = new TextMeasurer(fonts);
        face = fonts.PrimaryFace(FontQuery.Of("Noto Sans CJK SC")).Face;
        buffer = HarfBuzz.hb_buffer_create();
        byte[] lang = Encoding.ASCII.GetBytes("zh-CN");
        fixed (byte* p = lang)
        {
            language = HarfBuzz.hb_language_from_string(p, lang.Length);
        }

        var sb = new StringBuilder();
        while (sb.Length < 10_000)
        {
            sb.Append(Zh);
        }

        article = sb.ToString(0, 10_000);
        articleText = CodePointText.Decode(article);
        breaks = new LineBreakOpportunity[articleText.Count + 1];
        articleParagraph = measurer.GetParagraph(article, new TextStyle { Font = FontQuery.Of("Noto Sans CJK SC") });
        measurer.Measure("WeChat 小程序 renders 中文 and English 混排。", mixed, 220);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        HarfBuzz.hb_buffer_destroy(buffer);
        fonts.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HarfBuzz directly (same runs)")]
    public long ShapeHarfBuzzDirect()
    {
        long sum = 0;
        foreach (string run in Runs)
        {
            HarfBuzz.hb_buffer_clear_contents(buffer);
            fixed (char* p = run)
            {
                HarfBuzz.hb_buffer_add_utf16(buffer, (ushort*)p, run.Length, 0, run.Length);
            }

            HarfBuzz.hb_buffer_set_direction(buffer, HarfBuzz.DirectionLtr);
            HarfBuzz.hb_buffer_set_script(buffer, Hani);
            HarfBuzz.hb_buffer_set_language(buffer, language);
            HarfBuzz.hb_shape(face.HarfBuzzFont, buffer, null, 0);
            uint n;
            HbGlyphInfo* infos = HarfBuzz.hb_buffer_get_glyph_infos(buffer, &n);
            HbGlyphPosition* positions = HarfBuzz.hb_buffer_get_glyph_positions(buffer, &n);
            for (int g = 0; g < n; g++)
            {
                sum += infos[g].Codepoint + positions[g].XAdvance;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Sparrow.Text shaper (uncached)")]
    public int ShapeOurs()
    {
        int glyphs = 0;
        foreach (string run in Runs)
        {
            glyphs += fonts.Shaper.ShapeUncached(face, run, Hani, false, "zh-CN", string.Empty).Count;
        }

        return glyphs;
    }

    [Benchmark(Description = "re-measure unchanged paragraph")]
    public float Remeasure() => measurer.Measure("WeChat 小程序 renders 中文 and English 混排。", mixed, 220).Height;

    [Benchmark(Description = "UAX #14 + CSS opportunities, 10,000 Chinese chars")]
    public int BreakOpportunities()
    {
        CssLineBreaks.Compute(articleText.Span, breaks, WordBreak.Normal);
        return (int)breaks[^1];
    }

    [Benchmark(Description = "lines of a 10,000-char Chinese article at a new width")]
    public int BreakArticle()
    {
        // A new width each time: the per-width layout cache must miss.
        width = width >= 400 ? 300 : width + 1;
        return articleParagraph.Layout(width).LineCount;
    }
}
