using System;
using System.Collections.Generic;
using System.IO;
using Sparrow.Core;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// Fonts for the Text stage: system faces found through fontconfig, faces registered from
/// @font-face rules (bytes from the package, or from a URL fetched by the host), and the
/// fallback chain per (query, script) that itemisation walks per grapheme cluster. A font that is
/// missing or corrupt is reported once as a diagnostic and skipped, so text still renders from
/// the next face in the chain. Not thread-safe: the render thread owns it.
/// </summary>
public sealed partial class FontSystem : IDisposable
{
    private readonly IDiagnosticSink? diagnostics;
    private readonly List<FontFace> faces = [];
    private readonly Dictionary<(string Path, int Index), FontFace?> files = [];
    private readonly Dictionary<string, List<FontFace>> registered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(FontQuery Query, ScriptClass Script), FontFallbackChain> chains = [];
    private readonly HashSet<int> missingReported = [];
    private nint config;
    private int lastFaceId;
    private bool emojiLooked;
    private FontFace? emojiFace;

    public FontSystem(IDiagnosticSink? diagnostics = null)
    {
        this.diagnostics = diagnostics;
        config = Fontconfig.FcInitLoadConfigAndFonts();
        Shaper = new HarfBuzzShaper();
    }

    /// <summary>The shaper and its cache of shaped runs, shared by every paragraph of this system.</summary>
    internal HarfBuzzShaper Shaper { get; }

    /// <summary>A color emoji face if one is installed (fonts-noto-color-emoji provides one); null otherwise.</summary>
    public FontFace? ColorEmojiFace
    {
        get
        {
            if (!emojiLooked)
            {
                emojiLooked = true;
                foreach (var candidate in Sort("Noto Color Emoji:color=true", 2))
                {
                    if (candidate.Family.Contains("emoji", StringComparison.OrdinalIgnoreCase))
                    {
                        emojiFace = LoadFile(candidate.Path, candidate.Index, candidate.Family, candidate.Weight, candidate.Italic);
                        break;
                    }
                }
            }

            return emojiFace;
        }
    }

    /// <summary>
    /// Registers an @font-face source (TTF/OTF bytes). Returns null, with a diagnostic at
    /// <paramref name="location"/>, when the data is not a font; the family then falls back.
    /// </summary>
    public FontFace? RegisterFontData(string family, byte[] data, int weight, bool italic, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(data);
        var face = FontFace.TryLoadData(++lastFaceId, location.File, data, family, weight, italic, out string? error);
        if (face is null)
        {
            Report(TextDiagnosticCodes.FontDataCorrupt, $"@font-face '{family}': {error}; falling back to other fonts.", location);
            return null;
        }

        AddRegistered(family, face);
        return face;
    }

    /// <summary>Registers an @font-face source by file path (a package file). Null, with a diagnostic, when unusable.</summary>
    public FontFace? RegisterFontFile(string family, string path, int weight, bool italic)
    {
        var face = LoadFile(path, 0, family, weight, italic);
        if (face is not null)
        {
            AddRegistered(family, face);
        }

        return face;
    }

    /// <summary>The faces to try, in order, for text of <paramref name="script"/> styled by <paramref name="query"/>.</summary>
    internal FontFallbackChain GetChain(FontQuery query, ScriptClass script)
    {
        if (!chains.TryGetValue((query, script), out var chain))
        {
            chain = new FontFallbackChain(this, query, script);
            chains.Add((query, script), chain);
        }

        return chain;
    }

    /// <summary>The primary face of a query: its first family that resolves, else the first fallback.</summary>
    public FaceMatch PrimaryFace(FontQuery query) => GetChain(query, ScriptClass.Latin).Primary;

    internal List<FontFace>? Registered(string family) => registered.GetValueOrDefault(family);

    internal FontFace? LoadFile(string path, int index, string family, int weight, bool italic)
    {
        if (files.TryGetValue((path, index), out var cached))
        {
            return cached;
        }

        FontFace? face = null;
        if (!File.Exists(path))
        {
            Report(TextDiagnosticCodes.FontFileMissing, $"Font file '{path}' is missing; falling back to other fonts.", SourceLocation.InFile(path));
        }
        else
        {
            face = FontFace.TryLoadFile(++lastFaceId, path, index, family, weight, italic, out string? error);
            if (face is null)
            {
                Report(TextDiagnosticCodes.FontDataCorrupt, $"Font file '{path}': {error}; falling back to other fonts.", SourceLocation.InFile(path));
            }
        }

        if (face is not null)
        {
            faces.Add(face);
        }

        files[(path, index)] = face;
        return face;
    }

    /// <summary>Reports, once per code point for this font system, that no face has a glyph for it.</summary>
    internal void ReportMissingGlyph(int codePoint)
    {
        if (missingReported.Add(codePoint))
        {
            Report(
                TextDiagnosticCodes.GlyphMissing,
                $"No installed font has a glyph for U+{codePoint:X4}; it is drawn as a missing-glyph box.",
                SourceLocation.None);
        }
    }

    internal void Report(string code, string message, SourceLocation location) =>
        diagnostics?.Report(Diagnostic.Warning(code, message, location));

    private void AddRegistered(string family, FontFace face)
    {
        faces.Add(face);
        if (!registered.TryGetValue(family, out var list))
        {
            list = [];
            registered.Add(family, list);
        }

        list.Add(face);
        chains.Clear();
    }

    public void Dispose()
    {
        foreach (var face in faces)
        {
            face.Dispose();
        }

        faces.Clear();
        files.Clear();
        chains.Clear();
        Shaper.Dispose();
        if (config != 0)
        {
            Fontconfig.FcConfigDestroy(config);
            config = 0;
        }
    }
}
