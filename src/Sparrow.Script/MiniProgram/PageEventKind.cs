namespace Sparrow.Script.MiniProgram;

/// <summary>What happened to a page (see <see cref="PageEvent"/>). The values are those the base library sends.</summary>
public enum PageEventKind
{
    /// <summary>Created (before its first batch); not yet shown.</summary>
    Opened = 0,

    /// <summary>On top of the stack and visible (its onShow is about to run).</summary>
    Shown = 1,

    /// <summary>Covered by another page, or the app went to the background.</summary>
    Hidden = 2,

    /// <summary>Unloaded: no batch of it follows, and its tree may be dropped.</summary>
    Closed = 3,
}
