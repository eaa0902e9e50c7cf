namespace Sparrow.Host.Embedding;

/// <summary>A key or text input the app passed in (kept until focused inputs take them).</summary>
/// <param name="Key">The key name (<c>"Enter"</c>, <c>"Backspace"</c>, <c>"a"</c>) or null for committed text.</param>
/// <param name="Text">The committed text (IME or typing), or null for a key.</param>
/// <param name="Down">For a key: pressed (true) or released (false).</param>
/// <param name="TimeMs">The program's clock when it came in.</param>
public readonly record struct KeyInput(string? Key, string? Text, bool Down, double TimeMs);
