namespace Sparrow.Text;

/// <summary>
/// Diagnostic codes of the Text stage (SP7xxx). They live here until they move into
/// Sparrow.Core's <c>DiagnosticCodes</c>, which is the one table of all codes.
/// </summary>
public static class TextDiagnosticCodes
{
    /// <summary>A font file (system or @font-face) is missing or unreadable; fallback is used.</summary>
    public const string FontFileMissing = "SP7001";

    /// <summary>Font data is not a usable TrueType/OpenType font; fallback is used.</summary>
    public const string FontDataCorrupt = "SP7002";

    /// <summary>Text contained lone surrogates (invalid UTF-16); they are shown as U+FFFD.</summary>
    public const string InvalidUtf16 = "SP7003";

    /// <summary>No available face has a glyph for a character; it is drawn as the primary face's .notdef.</summary>
    public const string GlyphMissing = "SP7004";

    /// <summary>A font family named in a style matches no installed or registered font.</summary>
    public const string FontFamilyNotFound = "SP7005";
}
