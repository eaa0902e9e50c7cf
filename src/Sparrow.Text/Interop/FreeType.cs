using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>
/// The part of FreeType 2's API we use for rasterising (libfreetype6). On LP64 Linux FT_Long,
/// FT_Pos, FT_Fixed and FT_F26Dot6 are C <c>long</c>, hence <c>nint</c>.
/// </summary>
internal static unsafe partial class FreeType
{
    private const string Lib = "libfreetype.so.6";

    public const int LoadDefault = 0;
    public const int LoadNoHinting = 1 << 1;
    public const int LoadNoBitmap = 1 << 3;
    public const int LoadForceAutohint = 1 << 5;
    public const int LoadColor = 1 << 20;
    public const int LoadTargetLight = 1 << 16; // FT_LOAD_TARGET_(FT_RENDER_MODE_LIGHT = 1)
    public const int RenderModeNormal = 0;
    public const int RenderModeLight = 1;
    public const byte PixelModeGray = 2;
    public const byte PixelModeBgra = 7;
    public const long FaceFlagColor = 1L << 14;
    public const long FaceFlagFixedSizes = 1L << 1;
    public const long FaceFlagScalable = 1L << 0;
    public const uint GlyphFormatBitmap = ((uint)'b' << 24) | ((uint)'i' << 16) | ((uint)'t' << 8) | 's';
    public const uint GlyphFormatOutline = ((uint)'o' << 24) | ((uint)'u' << 16) | ((uint)'t' << 8) | 'l';

    [LibraryImport(Lib)]
    public static partial int FT_Init_FreeType(nint* library);

    [LibraryImport(Lib)]
    public static partial int FT_Done_FreeType(nint library);

    [LibraryImport(Lib)]
    public static partial int FT_New_Face(nint library, byte* path, nint faceIndex, FtFaceRec** face);

    [LibraryImport(Lib)]
    public static partial int FT_New_Memory_Face(nint library, byte* data, nint size, nint faceIndex, FtFaceRec** face);

    [LibraryImport(Lib)]
    public static partial int FT_Done_Face(FtFaceRec* face);

    [LibraryImport(Lib)]
    public static partial int FT_Set_Char_Size(FtFaceRec* face, nint width, nint height, uint horzResolution, uint vertResolution);

    [LibraryImport(Lib)]
    public static partial int FT_Select_Size(FtFaceRec* face, int strikeIndex);

    [LibraryImport(Lib)]
    public static partial void FT_Set_Transform(FtFaceRec* face, FtMatrix* matrix, FtVector* delta);

    [LibraryImport(Lib)]
    public static partial int FT_Load_Glyph(FtFaceRec* face, uint glyphIndex, int loadFlags);

    [LibraryImport(Lib)]
    public static partial int FT_Render_Glyph(FtGlyphSlotRec* slot, int renderMode);

    [LibraryImport(Lib)]
    public static partial void FT_GlyphSlot_Embolden(FtGlyphSlotRec* slot);
}
