using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>
/// The part of HarfBuzz's C API we use (hb.h, hb-ot-metrics.h; libharfbuzz0b 6.0 here), blittable
/// signatures only so native AOT needs no marshalling stubs. Pointers to HarfBuzz objects are
/// <c>nint</c>; ownership stays with <see cref="FontFace"/> and <see cref="HarfBuzzShaper"/>.
/// </summary>
internal static unsafe partial class HarfBuzz
{
    private const string Lib = "libharfbuzz.so.0";

    public const int MemoryModeDuplicate = 0;
    public const int DirectionLtr = 4;
    public const int DirectionRtl = 5;

    /// <summary>HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES: marks join their base's cluster.</summary>
    public const int ClusterLevelMonotoneGraphemes = 0;

    [LibraryImport(Lib)]
    public static partial byte* hb_version_string();

    [LibraryImport(Lib)]
    public static partial nint hb_blob_create_from_file_or_fail(byte* fileName);

    [LibraryImport(Lib)]
    public static partial nint hb_blob_create_or_fail(byte* data, uint length, int mode, nint userData, nint destroy);

    [LibraryImport(Lib)]
    public static partial void hb_blob_destroy(nint blob);

    [LibraryImport(Lib)]
    public static partial nint hb_face_create(nint blob, uint index);

    [LibraryImport(Lib)]
    public static partial void hb_face_destroy(nint face);

    [LibraryImport(Lib)]
    public static partial uint hb_face_get_upem(nint face);

    [LibraryImport(Lib)]
    public static partial uint hb_face_get_glyph_count(nint face);

    [LibraryImport(Lib)]
    public static partial nint hb_font_create(nint face);

    [LibraryImport(Lib)]
    public static partial void hb_font_destroy(nint font);

    [LibraryImport(Lib)]
    public static partial void hb_font_set_scale(nint font, int xScale, int yScale);

    [LibraryImport(Lib)]
    public static partial int hb_font_get_nominal_glyph(nint font, uint unicode, uint* glyph);

    [LibraryImport(Lib)]
    public static partial int hb_font_get_glyph_h_advance(nint font, uint glyph);

    /// <summary>The glyph for a variation sequence (cmap format 14); 0 when the face has none.</summary>
    [LibraryImport(Lib)]
    public static partial int hb_font_get_variation_glyph(nint font, uint unicode, uint variationSelector, uint* glyph);

    [LibraryImport(Lib)]
    public static partial nint hb_face_reference_table(nint face, uint tag);

    [LibraryImport(Lib)]
    public static partial byte* hb_blob_get_data(nint blob, uint* length);

    [LibraryImport(Lib)]
    public static partial int hb_ot_metrics_get_position(nint font, uint metricsTag, int* position);

    [LibraryImport(Lib)]
    public static partial nint hb_buffer_create();

    [LibraryImport(Lib)]
    public static partial void hb_buffer_destroy(nint buffer);

    [LibraryImport(Lib)]
    public static partial void hb_buffer_clear_contents(nint buffer);

    [LibraryImport(Lib)]
    public static partial void hb_buffer_add_utf16(nint buffer, ushort* text, int textLength, uint itemOffset, int itemLength);

    [LibraryImport(Lib)]
    public static partial void hb_buffer_set_direction(nint buffer, int direction);

    [LibraryImport(Lib)]
    public static partial void hb_buffer_set_script(nint buffer, uint script);

    [LibraryImport(Lib)]
    public static partial void hb_buffer_set_language(nint buffer, nint language);

    [LibraryImport(Lib)]
    public static partial void hb_buffer_set_cluster_level(nint buffer, int clusterLevel);

    [LibraryImport(Lib)]
    public static partial nint hb_language_from_string(byte* str, int len);

    [LibraryImport(Lib)]
    public static partial void hb_shape(nint font, nint buffer, HbFeature* features, uint numFeatures);

    [LibraryImport(Lib)]
    public static partial HbGlyphInfo* hb_buffer_get_glyph_infos(nint buffer, uint* length);

    [LibraryImport(Lib)]
    public static partial HbGlyphPosition* hb_buffer_get_glyph_positions(nint buffer, uint* length);

    [LibraryImport(Lib)]
    public static partial int hb_feature_from_string(byte* str, int len, HbFeature* feature);

    [LibraryImport(Lib)]
    public static partial nint hb_unicode_funcs_get_default();

    [LibraryImport(Lib)]
    public static partial uint hb_unicode_script(nint ufuncs, uint unicode);

    [LibraryImport(Lib)]
    public static partial int hb_script_get_horizontal_direction(uint script);

    public static uint Tag(char a, char b, char c, char d) => ((uint)a << 24) | ((uint)b << 16) | ((uint)c << 8) | d;
}
