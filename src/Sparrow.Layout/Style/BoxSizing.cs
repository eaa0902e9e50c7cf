namespace Sparrow.Layout;

/// <summary>CSS <c>box-sizing</c>: what width / height (and their min / max) measure.</summary>
public enum BoxSizing : byte
{
    ContentBox = 0,
    BorderBox,
}
