using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Core;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// Rasterises glyphs with FreeType into coverage bitmaps (or premultiplied RGBA for color fonts,
/// FT_LOAD_COLOR; bitmap-only color fonts such as Noto Color Emoji are scaled from their strike
/// to the requested size, see <see cref="RasterizeStrike"/>) at <see cref="SubpixelBins"/> horizontal subpixel positions, for an atlas the
/// renderer owns: it keys images by <see cref="GlyphKey"/> and calls <see cref="Rasterize"/> on a
/// miss. Light hinting (vertical only), as Chromium on Linux with fontconfig's default
/// hintslight, at a device pixel ratio of 1; above it no hinting at all, as Chromium turns hinting
/// off when it positions glyphs by subpixel on a high-density screen (ui/gfx
/// font_render_params_linux.cc: subpixel positioning when the device scale factor is above 1, and
/// no hinting with it; conformance/paint text cases at ratio 2 show the outlines' unsnapped top and
/// bottom rows); synthetic bold by FT_GlyphSlot_Embolden and synthetic oblique by a 0.25 skew, the
/// values Skia uses for fake bold/italic. Not thread-safe.
/// </summary>
public sealed unsafe class GlyphRasterizer : IDisposable
{
    /// <summary>Horizontal subpixel positions per pixel (quarter pixels, as Skia's glyph cache uses).</summary>
    public const int SubpixelBins = 4;

    private readonly Dictionary<int, nint> ftFaces = [];
    private readonly List<GCHandle> pins = [];
    private nint library;

    public GlyphRasterizer()
    {
        nint lib;
        if (FreeType.FT_Init_FreeType(&lib) != 0)
        {
            ThrowHelper.InvalidOperation("FreeType failed to initialise.");
        }

        library = lib;
    }

    /// <summary>
    /// Splits a pen x (device pixels) into the whole pixel to draw at and the subpixel bin to
    /// rasterise, rounding to the nearest quarter pixel as Skia does: it adds half a bin (1/8 px,
    /// SkGlyphPositionRoundingSpec's kSubpixelRounding) before taking the floor and the two
    /// fraction bits, so 10.9 draws at pixel 11, bin 0, and 10.1 at pixel 10, bin 0.
    /// </summary>
    public static int SubpixelBin(float x, out int pixelX)
    {
        float shifted = x + (0.5f / SubpixelBins);
        float floor = MathF.Floor(shifted);
        int bin = (int)((shifted - floor) * SubpixelBins);
        pixelX = (int)floor;
        return Math.Clamp(bin, 0, SubpixelBins - 1);
    }

    /// <summary>
    /// Rasterises one glyph; an empty bitmap when FreeType cannot load it. <paramref name="hinted"/>:
    /// light hinting (a device pixel ratio of 1), else the outline as it is (above 1).
    /// </summary>
    public GlyphBitmap Rasterize(FaceMatch match, uint glyph, float size, int subpixelBin, bool hinted = true)
    {
        ObjectDisposedException.ThrowIf(library == 0, this);
        var face = (FtFaceRec*)FaceFor(match.Face);
        if (face == null)
        {
            return Empty;
        }

        bool color = (face->FaceFlags & FreeType.FaceFlagColor) != 0;
        if (color && (face->FaceFlags & FreeType.FaceFlagScalable) == 0 && face->NumFixedSizes > 0)
        {
            return RasterizeStrike(face, glyph, size);
        }

        FreeType.FT_Set_Char_Size(face, 0, (nint)MathF.Round(size * 64), 72, 72);
        var matrix = new FtMatrix { Xx = 0x10000, Xy = match.SyntheticOblique ? 0x4000 : 0, Yx = 0, Yy = 0x10000 };
        var delta = new FtVector { X = subpixelBin * 64 / SubpixelBins, Y = 0 };
        FreeType.FT_Set_Transform(face, &matrix, &delta);
        int flags = (hinted ? FreeType.LoadTargetLight : FreeType.LoadNoHinting) | (color ? FreeType.LoadColor : 0);
        if (FreeType.FT_Load_Glyph(face, glyph, flags) != 0)
        {
            return Empty;
        }

        var slot = face->Glyph;
        if (match.SyntheticBold)
        {
            FreeType.FT_GlyphSlot_Embolden(slot);
        }

        if (!hinted && slot->Format == FreeType.GlyphFormatOutline)
        {
            SnapToQuarterRows(ref slot->Outline);
        }

        if (FreeType.FT_Render_Glyph(slot, hinted ? FreeType.RenderModeLight : FreeType.RenderModeNormal) != 0)
        {
            return Empty;
        }

        return Copy(slot);
    }

    /// <summary>
    /// Moves every outline point to the nearest quarter pixel row, keeping x. Chromium fills an
    /// unhinted glyph's outline with Skia's analytic anti-aliasing, whose edges start and end on
    /// quarter pixel rows (SkAnalyticEdge's SnapY, kDefaultAccuracy 2), while x stays exact: in
    /// the text references a horizontal bar whose edge lies at y = 56.70 covers its row by
    /// exactly 1/4 (FreeType alone gives 0.30). Rounding the points before FreeType's exact-area
    /// rasteriser reproduces that for straight edges and, near enough, for curves (TrueType puts
    /// on-curve points at a contour's vertical extremes). Outline y is up, in 26.6 pixels from the
    /// baseline, which the painter puts on a whole device pixel: a quarter row is 16 units.
    /// </summary>
    private static void SnapToQuarterRows(ref FtOutline outline)
    {
        const int quarter = 16;
        for (int i = 0; i < outline.PointCount; i++)
        {
            // Skia rounds half a quarter down the page (y down there), so up here: ceiling of y − 1/8.
            nint y = outline.Points[i].Y;
            outline.Points[i].Y = (nint)(Math.Ceiling((y - (quarter / 2.0)) / quarter) * quarter);
        }
    }

    /// <summary>
    /// A glyph of a bitmap-only color font (CBDT, e.g. Noto Color Emoji's 136 × 128 px bitmaps
    /// at 109 ppem), as Skia's FreeType backend draws it: the strike chosen for the size
    /// (the smallest with ppem ≥ size, else the largest), loaded with FT_LOAD_COLOR as
    /// premultiplied BGRA, then scaled by size / ppem into the rounded-out bounds of the scaled
    /// bitmap. We resample with an area (box) filter in premultiplied space, which for the
    /// usual downscaling is what Skia's mipmapped linear sampling approximates. No subpixel bins
    /// (Skia does not position bitmap glyphs by subpixel either) and no synthetic bold/oblique.
    /// </summary>
    private static GlyphBitmap RasterizeStrike(FtFaceRec* face, uint glyph, float size)
    {
        int strike = ChooseStrike(face, size, out float ppem);
        if (FreeType.FT_Select_Size(face, strike) != 0)
        {
            return Empty;
        }

        FreeType.FT_Set_Transform(face, null, null);
        if (FreeType.FT_Load_Glyph(face, glyph, FreeType.LoadColor) != 0)
        {
            return Empty;
        }

        var slot = face->Glyph;
        if (slot->Format != FreeType.GlyphFormatBitmap && FreeType.FT_Render_Glyph(slot, FreeType.RenderModeNormal) != 0)
        {
            return Empty;
        }

        var strikeImage = Copy(slot);
        if (strikeImage.IsEmpty || ppem <= 0)
        {
            return strikeImage;
        }

        return Resample(strikeImage, size / ppem);
    }

    /// <summary>SkScalerContext_FreeType's chooseBitmapStrike: the smallest strike at least as big as the size, else the biggest.</summary>
    private static int ChooseStrike(FtFaceRec* face, float size, out float ppem)
    {
        var sizes = (FtBitmapSize*)face->AvailableSizes;
        int best = 0;
        float bestPpem = sizes[0].YPpem / 64f;
        for (int i = 1; i < face->NumFixedSizes; i++)
        {
            float p = sizes[i].YPpem / 64f;
            bool bestTooSmall = bestPpem < size;
            if (bestTooSmall ? p > bestPpem : p >= size && p < bestPpem)
            {
                best = i;
                bestPpem = p;
            }
        }

        ppem = bestPpem;
        return best;
    }

    /// <summary>Scales a premultiplied RGBA image by <paramref name="scale"/> (area filter) into its rounded-out bounds.</summary>
    internal static GlyphBitmap Resample(GlyphBitmap src, float scale)
    {
        // Source rectangle in pixels, y down from the baseline: x in [L, L+w], y in [-T, -T+h].
        float sx0 = src.Left * scale, sx1 = (src.Left + src.Width) * scale;
        float sy0 = -src.Top * scale, sy1 = (src.Height - src.Top) * scale;
        int x0 = (int)MathF.Floor(sx0), x1 = (int)MathF.Ceiling(sx1);
        int y0 = (int)MathF.Floor(sy0), y1 = (int)MathF.Ceiling(sy1);
        int w = x1 - x0, h = y1 - y0;
        var cols = Weights(w, x0, sx0, scale, src.Width);
        var rows = Weights(h, y0, sy0, scale, src.Height);
        var dst = new byte[w * h * 4];
        var acc = new float[w * 4];
        var srcPixels = src.Pixels;
        for (int dy = 0; dy < h; dy++)
        {
            Array.Clear(acc);
            foreach (var (sy, wy) in rows[dy])
            {
                int rowStart = sy * src.Stride;
                for (int dx = 0; dx < w; dx++)
                {
                    foreach (var (sx, wx) in cols[dx])
                    {
                        float k = wx * wy;
                        int p = rowStart + (sx * 4);
                        acc[dx * 4] += srcPixels[p] * k;
                        acc[(dx * 4) + 1] += srcPixels[p + 1] * k;
                        acc[(dx * 4) + 2] += srcPixels[p + 2] * k;
                        acc[(dx * 4) + 3] += srcPixels[p + 3] * k;
                    }
                }
            }

            for (int i = 0; i < acc.Length; i++)
            {
                dst[(dy * w * 4) + i] = (byte)Math.Clamp((int)MathF.Round(acc[i]), 0, 255);
            }
        }

        return new GlyphBitmap(w, h, w * 4, x0, -y0, src.Format, dst, 1);
    }

    /// <summary>
    /// For each destination pixel [origin + d, origin + d + 1) the source pixels it overlaps and
    /// the weight of each (overlap in source pixels × scale², split per axis: × scale here).
    /// </summary>
    private static List<(int Index, float Weight)>[] Weights(int count, int origin, float start, float scale, int sourceCount)
    {
        var result = new List<(int, float)>[count];
        for (int d = 0; d < count; d++)
        {
            result[d] = [];
            float a = (origin + d - start) / scale, b = (origin + d + 1 - start) / scale;
            for (int i = Math.Max(0, (int)MathF.Floor(a)); i < Math.Min(sourceCount, (int)MathF.Ceiling(b)); i++)
            {
                float overlap = MathF.Min(b, i + 1) - MathF.Max(a, i);
                if (overlap > 0)
                {
                    result[d].Add((i, overlap * scale));
                }
            }
        }

        return result;
    }

    private static GlyphBitmap Empty { get; } = new(0, 0, 0, 0, 0, GlyphFormat.Coverage8, [], 1);

    private static GlyphBitmap Copy(FtGlyphSlotRec* slot)
    {
        ref var bm = ref slot->Bitmap;
        int w = (int)bm.Width;
        int h = (int)bm.Rows;
        if (w == 0 || h == 0 || bm.Buffer == null)
        {
            return new GlyphBitmap(0, 0, 0, slot->BitmapLeft, slot->BitmapTop, GlyphFormat.Coverage8, [], 1);
        }

        bool bgra = bm.PixelMode == FreeType.PixelModeBgra;
        int bpp = bgra ? 4 : 1;
        var pixels = new byte[w * h * bpp];
        for (int y = 0; y < h; y++)
        {
            var row = new ReadOnlySpan<byte>(bm.Buffer + (y * bm.Pitch), w * bpp);
            var dst = pixels.AsSpan(y * w * bpp, w * bpp);
            row.CopyTo(dst);
            if (bgra)
            {
                // FreeType's BGRA is premultiplied; swap to RGBA.
                for (int x = 0; x < dst.Length; x += 4)
                {
                    (dst[x], dst[x + 2]) = (dst[x + 2], dst[x]);
                }
            }
        }

        return new GlyphBitmap(w, h, w * bpp, slot->BitmapLeft, slot->BitmapTop, bgra ? GlyphFormat.Rgba8Premultiplied : GlyphFormat.Coverage8, pixels, 1);
    }

    private nint FaceFor(FontFace face)
    {
        if (ftFaces.TryGetValue(face.Id, out nint cached))
        {
            return cached;
        }

        FtFaceRec* ft = null;
        int error;
        if (face.Data is { } data)
        {
            var pin = GCHandle.Alloc(data, GCHandleType.Pinned);
            pins.Add(pin);
            error = FreeType.FT_New_Memory_Face(library, (byte*)pin.AddrOfPinnedObject(), data.Length, face.Index, &ft);
        }
        else
        {
            byte[] path = Encoding.UTF8.GetBytes(face.Source + "\0");
            fixed (byte* p = path)
            {
                error = FreeType.FT_New_Face(library, p, face.Index, &ft);
            }
        }

        nint result = error == 0 ? (nint)ft : 0;
        ftFaces.Add(face.Id, result);
        return result;
    }

    public void Dispose()
    {
        if (library == 0)
        {
            return;
        }

        foreach (nint f in ftFaces.Values)
        {
            if (f != 0)
            {
                FreeType.FT_Done_Face((FtFaceRec*)f);
            }
        }

        ftFaces.Clear();
        FreeType.FT_Done_FreeType(library);
        library = 0;
        foreach (var pin in pins)
        {
            pin.Free();
        }

        pins.Clear();
    }
}
