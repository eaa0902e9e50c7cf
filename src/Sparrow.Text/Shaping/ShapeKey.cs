namespace Sparrow.Text;

/// <summary>
/// What makes two shaping requests the same: the run's text, the face, script, direction,
/// language and OpenType features. The font size is not in the key on purpose: shaping is done
/// in font units (no hinting of advances), and the size is applied afterwards.
/// </summary>
internal readonly record struct ShapeKey(string Text, int FaceId, uint Script, bool RightToLeft, string Language, string Features);
