using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

public sealed partial class FontSystem
{
    /// <summary>A font fontconfig knows: file, face index, first family name, CSS weight, italic.</summary>
    internal readonly record struct FontCandidate(string Path, int Index, string Family, int Weight, bool Italic);

    /// <summary>
    /// fontconfig's sorted list of fonts for a pattern in its name syntax (FcNameParse), after the
    /// configuration and default substitutions, as Chromium's FontCache::GetFontForCharacter and
    /// Skia's SkFontMgr_fontconfig do. At most <paramref name="limit"/> candidates.
    /// </summary>
    internal unsafe List<FontCandidate> Sort(string pattern, int limit)
    {
        var list = new List<FontCandidate>();
        if (config == 0)
        {
            return list;
        }

        byte[] name = Encoding.UTF8.GetBytes(pattern + "\0");
        nint pat;
        fixed (byte* p = name)
        {
            pat = Fontconfig.FcNameParse(p);
        }

        if (pat == 0)
        {
            return list;
        }

        try
        {
            Fontconfig.FcConfigSubstitute(config, pat, Fontconfig.MatchPattern);
            Fontconfig.FcDefaultSubstitute(pat);
            int result;
            FcFontSet* set = Fontconfig.FcFontSort(config, pat, 1, null, &result);
            if (set == null)
            {
                return list;
            }

            for (int i = 0; i < set->NFont && list.Count < limit; i++)
            {
                nint font = set->Fonts[i];
                string? file = GetString(font, "file"u8);
                if (file is null)
                {
                    continue;
                }

                int index = GetInteger(font, "index"u8, 0);
                int weight = GetInteger(font, "weight"u8, 80);
                int slant = GetInteger(font, "slant"u8, Fontconfig.SlantRoman);
                list.Add(new FontCandidate(file, index, GetString(font, "family"u8) ?? string.Empty, CssWeight(weight), slant != Fontconfig.SlantRoman));
            }

            Fontconfig.FcFontSetDestroy(set);
        }
        finally
        {
            Fontconfig.FcPatternDestroy(pat);
        }

        return list;
    }

    /// <summary>Escapes a family name for fontconfig's name syntax (\ before - : , \ =).</summary>
    internal static string Escape(string family)
    {
        var sb = new StringBuilder(family.Length + 4);
        foreach (char c in family)
        {
            if (c is '-' or ':' or ',' or '\\' or '=')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>CSS weight to fontconfig's FC_WEIGHT scale (fontconfig's FcWeightFromOpenType table).</summary>
    internal static int FontconfigWeight(int css) => css switch
    {
        <= 150 => 0,
        <= 250 => 40,
        <= 350 => 50,
        <= 450 => 80,
        <= 550 => 100,
        <= 650 => 180,
        <= 750 => 200,
        <= 850 => 205,
        _ => 210,
    };

    private static int CssWeight(int fc) => fc switch
    {
        < 20 => 100,
        < 45 => 200,
        < 65 => 300,
        < 90 => 400,
        < 140 => 500,
        < 190 => 600,
        < 203 => 700,
        < 208 => 800,
        _ => 900,
    };

    private static unsafe string? GetString(nint pattern, ReadOnlySpan<byte> obj)
    {
        // The u8 literals carry no terminator; copy with one.
        byte* value;
        byte* z = stackalloc byte[obj.Length + 1];
        obj.CopyTo(new Span<byte>(z, obj.Length));
        z[obj.Length] = 0;
        return Fontconfig.FcPatternGetString(pattern, z, 0, &value) == Fontconfig.ResultMatch
            ? Marshal.PtrToStringUTF8((nint)value)
            : null;
    }

    private static unsafe int GetInteger(nint pattern, ReadOnlySpan<byte> obj, int fallback)
    {
        int value;
        byte* z = stackalloc byte[obj.Length + 1];
        obj.CopyTo(new Span<byte>(z, obj.Length));
        z[obj.Length] = 0;
        return Fontconfig.FcPatternGetInteger(pattern, z, 0, &value) == Fontconfig.ResultMatch ? value : fallback;
    }
}
