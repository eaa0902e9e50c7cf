namespace Sparrow.Layout;

/// <summary>The tag of a <see cref="Length"/>; stored in the two low bits of its word.</summary>
public enum LengthUnit : byte
{
    /// <summary>CSS pixels. Tag 0, so <c>default(Length)</c> is <c>0px</c> (the initial margin, padding and border).</summary>
    Points = 0,

    /// <summary>A fraction of the containing block's matching size (50% is stored as 0.5).</summary>
    Percent = 1,

    /// <summary><c>auto</c>.</summary>
    Auto = 2,

    /// <summary>No value: <c>none</c> for max-width / max-height, an unset aspect ratio.</summary>
    Undefined = 3,
}
