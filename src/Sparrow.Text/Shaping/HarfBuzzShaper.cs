using System;
using System.Collections.Generic;
using System.Text;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// Shapes runs with HarfBuzz and caches the results by <see cref="ShapeKey"/>, so text that has
/// not changed is never shaped twice. A run is shaped without the surrounding text as context,
/// which keeps the cache key exact (it can differ from context-aware shaping only for joining
/// scripts at a font or script boundary). The cache is bounded: when full it is cleared, which is
/// cheap and keeps the working set (the text on screen) hot.
/// </summary>
internal sealed unsafe class HarfBuzzShaper : IDisposable
{
    private const int MaxEntries = 16_384;

    private readonly Dictionary<ShapeKey, ShapedRun> cache = [];
    private readonly Dictionary<string, HbFeature[]> features = [];
    private readonly Dictionary<string, nint> languages = [];
    private nint buffer = HarfBuzz.hb_buffer_create();

    /// <summary>Runs shaped by HarfBuzz since creation (cache misses); tests use it to prove reuse.</summary>
    public int ShapeCount { get; private set; }

    public int CacheHits { get; private set; }

    public ShapedRun Shape(FontFace face, string text, uint script, bool rightToLeft, string language, string featureList)
    {
        var key = new ShapeKey(text, face.Id, script, rightToLeft, language, featureList);
        if (cache.TryGetValue(key, out var run))
        {
            CacheHits++;
            return run;
        }

        run = ShapeUncached(face, text, script, rightToLeft, language, featureList);
        if (cache.Count >= MaxEntries)
        {
            cache.Clear();
        }

        cache.Add(key, run);
        return run;
    }

    /// <summary>Shapes without the cache (benchmarks compare this with the cached path).</summary>
    public ShapedRun ShapeUncached(FontFace face, string text, uint script, bool rightToLeft, string language, string featureList)
    {
        ObjectDisposedException.ThrowIf(buffer == 0, this);
        ShapeCount++;
        HarfBuzz.hb_buffer_clear_contents(buffer);
        fixed (char* p = text)
        {
            HarfBuzz.hb_buffer_add_utf16(buffer, (ushort*)p, text.Length, 0, text.Length);
        }

        HarfBuzz.hb_buffer_set_direction(buffer, rightToLeft ? HarfBuzz.DirectionRtl : HarfBuzz.DirectionLtr);
        HarfBuzz.hb_buffer_set_script(buffer, script);
        HarfBuzz.hb_buffer_set_language(buffer, Language(language));
        HarfBuzz.hb_buffer_set_cluster_level(buffer, HarfBuzz.ClusterLevelMonotoneGraphemes);
        var feats = Features(featureList);
        fixed (HbFeature* f = feats)
        {
            HarfBuzz.hb_shape(face.HarfBuzzFont, buffer, f, (uint)feats.Length);
        }

        uint count;
        HbGlyphInfo* infos = HarfBuzz.hb_buffer_get_glyph_infos(buffer, &count);
        HbGlyphPosition* positions = HarfBuzz.hb_buffer_get_glyph_positions(buffer, &count);
        if (face.IsColorBitmapFont)
        {
            // HarfBuzz advances bitmap-only fonts by hmtx; Chromium (Skia) by the strike's bitmaps.
            for (int i = 0; i < count; i++)
            {
                positions[i].XAdvance += face.StrikeAdvanceCorrection(infos[i].Codepoint);
            }
        }

        return new ShapedRun(new ReadOnlySpan<HbGlyphInfo>(infos, (int)count), new ReadOnlySpan<HbGlyphPosition>(positions, (int)count));
    }

    private nint Language(string language)
    {
        if (!languages.TryGetValue(language, out nint lang))
        {
            byte[] bytes = Encoding.ASCII.GetBytes(language);
            fixed (byte* p = bytes)
            {
                lang = HarfBuzz.hb_language_from_string(p, bytes.Length);
            }

            languages.Add(language, lang);
        }

        return lang;
    }

    /// <summary>Parses a CSS font-feature-settings-like list in HarfBuzz syntax ("kern,liga=0").</summary>
    private HbFeature[] Features(string list)
    {
        if (!features.TryGetValue(list, out var parsed))
        {
            var result = new List<HbFeature>();
            foreach (string part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                byte[] bytes = Encoding.ASCII.GetBytes(part);
                HbFeature feature;
                fixed (byte* p = bytes)
                {
                    if (HarfBuzz.hb_feature_from_string(p, bytes.Length, &feature) != 0)
                    {
                        result.Add(feature);
                    }
                }
            }

            parsed = result.ToArray();
            features.Add(list, parsed);
        }

        return parsed;
    }

    public void Dispose()
    {
        if (buffer != 0)
        {
            HarfBuzz.hb_buffer_destroy(buffer);
            buffer = 0;
        }

        cache.Clear();
    }
}
