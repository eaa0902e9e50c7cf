using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Core;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// Rasterises glyphs with FreeType into coverage bitmaps (or premultiplied RGBA for color fonts,
/// FT_LOAD_COLOR) at <see cref="SubpixelBins"/> horizontal subpixel positions, for an atlas the
/// renderer owns: it keys images by <see cref="GlyphKey"/> and calls <see cref="Rasterize"/> on a
/// miss. Light hinting (vertical only), as Chromium on Linux with fontconfig's default
/// hintslight; synthetic bold by FT_GlyphSlot_Embolden and synthetic oblique by a 0.25 skew, the
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

    /// <summary>Splits a pen x into the whole pixel to draw at and the subpixel bin to rasterise.</summary>
    public static int SubpixelBin(float x, out int pixelX)
    {
        float floor = MathF.Floor(x);
        int bin = (int)((x - floor) * SubpixelBins);
        pixelX = (int)floor;
        return Math.Clamp(bin, 0, SubpixelBins - 1);
    }

    /// <summary>Rasterises one glyph; an empty bitmap when FreeType cannot load it.</summary>
    public GlyphBitmap Rasterize(FaceMatch match, uint glyph, float size, int subpixelBin)
    {
        ObjectDisposedException.ThrowIf(library == 0, this);
        var face = (FtFaceRec*)FaceFor(match.Face);
        if (face == null)
        {
            return Empty;
        }

        bool color = (face->FaceFlags & FreeType.FaceFlagColor) != 0;
        float scale = 1;
        if (color && (face->FaceFlags & FreeType.FaceFlagFixedSizes) != 0 && face->NumFixedSizes > 0)
        {
            // CBDT emoji come in fixed strikes; pick the first and let the renderer scale it.
            FreeType.FT_Select_Size(face, 0);
            scale = size / (((short*)face->AvailableSizes)[0] is > 0 and var h ? h : size);
        }
        else
        {
            FreeType.FT_Set_Char_Size(face, 0, (nint)MathF.Round(size * 64), 72, 72);
        }

        var matrix = new FtMatrix { Xx = 0x10000, Xy = match.SyntheticOblique ? 0x4000 : 0, Yx = 0, Yy = 0x10000 };
        var delta = new FtVector { X = subpixelBin * 64 / SubpixelBins, Y = 0 };
        FreeType.FT_Set_Transform(face, &matrix, &delta);
        int flags = FreeType.LoadTargetLight | (color ? FreeType.LoadColor : 0);
        if (FreeType.FT_Load_Glyph(face, glyph, flags) != 0)
        {
            return Empty;
        }

        var slot = face->Glyph;
        if (match.SyntheticBold)
        {
            FreeType.FT_GlyphSlot_Embolden(slot);
        }

        if (FreeType.FT_Render_Glyph(slot, FreeType.RenderModeLight) != 0)
        {
            return Empty;
        }

        return Copy(slot, scale);
    }

    private static GlyphBitmap Empty { get; } = new(0, 0, 0, 0, 0, GlyphFormat.Coverage8, [], 1);

    private static GlyphBitmap Copy(FtGlyphSlotRec* slot, float scale)
    {
        ref var bm = ref slot->Bitmap;
        int w = (int)bm.Width;
        int h = (int)bm.Rows;
        if (w == 0 || h == 0 || bm.Buffer == null)
        {
            return new GlyphBitmap(0, 0, 0, slot->BitmapLeft, slot->BitmapTop, GlyphFormat.Coverage8, [], scale);
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

        return new GlyphBitmap(w, h, w * bpp, slot->BitmapLeft, slot->BitmapTop, bgra ? GlyphFormat.Rgba8Premultiplied : GlyphFormat.Coverage8, pixels, scale);
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
