namespace Sparrow.Host.Input;

/// <summary>What one line of an input script does (docs/input-script.md).</summary>
public enum InputActionKind
{
    /// <summary>A finger down and up again at one place after <c>duration</c> (50 ms by default).</summary>
    Tap,

    /// <summary>A finger held still for <c>duration</c> (500 ms by default; longpress fires at 350 ms).</summary>
    LongPress,

    /// <summary>A finger down at <c>from</c>, moved to <c>to</c> in <c>steps</c> over <c>duration</c>, then up.</summary>
    Swipe,

    /// <summary>Finger <c>finger</c> goes down.</summary>
    Down,

    /// <summary>Finger <c>finger</c> moves.</summary>
    Move,

    /// <summary>Finger <c>finger</c> lifts.</summary>
    Up,

    /// <summary>Finger <c>finger</c> is cancelled.</summary>
    Cancel,

    /// <summary>The virtual clock moves on.</summary>
    Wait,

    /// <summary>A frame is captured.</summary>
    Frame,

    /// <summary>The page scrolls to a vertical offset.</summary>
    Scroll,

    /// <summary>Text is committed to the focused input (after a tap on <c>target</c>, when given).</summary>
    Type,

    /// <summary>A key (<c>Enter</c>, <c>Backspace</c>) on the focused input.</summary>
    Key,

    /// <summary>Back to the page below, as the shell's back button does.</summary>
    Back,
}
