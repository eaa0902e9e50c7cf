namespace Sparrow.Text;

/// <summary>
/// A face chosen for a query, with the synthesis the face needs to look as asked (CSS Fonts 4
/// §5.2 font-synthesis: bold when the query is ≥ 600 and the face is lighter, oblique when the
/// query is italic and the face is upright), as Chromium's FontPlatformData decides it.
/// </summary>
public readonly record struct FaceMatch(FontFace Face, bool SyntheticBold, bool SyntheticOblique)
{
    internal static FaceMatch For(FontFace face, FontQuery query) =>
        new(face, query.Weight >= 600 && face.Weight < 600, query.Italic && !face.Italic);
}
