namespace Sparrow.Text;

/// <summary>
/// CSS Text 3 §5.5 <c>overflow-wrap</c> (and the legacy <c>word-break: break-word</c>, which
/// behaves as <see cref="Anywhere"/>): break an otherwise unbreakable word that overflows.
/// BreakWord does not change min-content; Anywhere does.
/// </summary>
public enum OverflowWrap : byte
{
    Normal = 0,
    BreakWord = 1,
    Anywhere = 2,
}
