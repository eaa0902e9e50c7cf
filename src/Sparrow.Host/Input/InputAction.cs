using Sparrow.Core;

namespace Sparrow.Host.Input;

/// <summary>
/// One action of an input script, with where it was written. <see cref="AtMs"/> (ms after the script
/// started) delays it; otherwise it runs right after the previous one.
/// </summary>
public sealed record InputAction(InputActionKind Kind, SourceLocation Location)
{
    /// <summary>When to start, in ms of virtual time after the script started; null: right away.</summary>
    public double? AtMs { get; init; }

    /// <summary>Where a tap, longpress, down, move or up touches; where a swipe starts; the input a <c>type</c> taps first.</summary>
    public InputTarget? Target { get; init; }

    /// <summary>Where a swipe ends.</summary>
    public InputTarget? To { get; init; }

    /// <summary>How long a tap or longpress holds, a swipe moves or a wait waits, in ms.</summary>
    public double DurationMs { get; init; }

    /// <summary>Moves a swipe is made of.</summary>
    public int Steps { get; init; } = 1;

    /// <summary>The finger's identifier.</summary>
    public int Finger { get; init; }

    /// <summary>A frame's name, if the script gave one.</summary>
    public string? Name { get; init; }

    /// <summary>The text a <c>type</c> commits, or the key a <c>key</c> presses.</summary>
    public string? Text { get; init; }

    /// <summary>A scroll's vertical offset in CSS px.</summary>
    public float ScrollY { get; init; }
}
