namespace Sparrow.Layout;

/// <summary>CSS <c>overflow</c> on one axis. Anything but visible makes a scroll container.</summary>
public enum Overflow : byte
{
    Visible = 0,
    Hidden,
    Scroll,
    Auto,
}
