using System.Runtime.InteropServices;

namespace Sparrow.Text.Interop;

/// <summary>The part of fontconfig's API we use for discovery and fallback (libfontconfig1).</summary>
internal static unsafe partial class Fontconfig
{
    private const string Lib = "libfontconfig.so.1";

    public const int MatchPattern = 0;
    public const int ResultMatch = 0;

    /// <summary>FC_WEIGHT_* values (fontconfig.h): 80 regular, 180 demibold, 200 bold.</summary>
    public const int WeightDemibold = 180;
    public const int SlantRoman = 0;

    [LibraryImport(Lib)]
    public static partial nint FcInitLoadConfigAndFonts();

    [LibraryImport(Lib)]
    public static partial void FcConfigDestroy(nint config);

    [LibraryImport(Lib)]
    public static partial nint FcNameParse(byte* name);

    [LibraryImport(Lib)]
    public static partial void FcPatternDestroy(nint pattern);

    [LibraryImport(Lib)]
    public static partial int FcConfigSubstitute(nint config, nint pattern, int kind);

    [LibraryImport(Lib)]
    public static partial void FcDefaultSubstitute(nint pattern);

    [LibraryImport(Lib)]
    public static partial FcFontSet* FcFontSort(nint config, nint pattern, int trim, nint* charsets, int* result);

    [LibraryImport(Lib)]
    public static partial void FcFontSetDestroy(FcFontSet* set);

    [LibraryImport(Lib)]
    public static partial int FcPatternGetString(nint pattern, byte* obj, int n, byte** value);

    [LibraryImport(Lib)]
    public static partial int FcPatternGetInteger(nint pattern, byte* obj, int n, int* value);
}
