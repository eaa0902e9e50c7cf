using System.Runtime.InteropServices;

namespace Sparrow.Cli.Viewer;

/// <summary>
/// <c>SDL_Event</c> (56 bytes), read through the offsets of the few members the viewer uses. The
/// fields overlap as the C union does; which ones mean something depends on <see cref="Type"/>.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 56)]
internal struct SdlEvent
{
    /// <summary>Every event: its type (<c>Sdl.Event*</c>).</summary>
    [FieldOffset(0)]
    public uint Type;

    /// <summary>Window event: which one (<c>Sdl.WindowEvent*</c>). Key event: pressed (1) or released (0).</summary>
    [FieldOffset(12)]
    public byte SubType;

    /// <summary>Key event: 1 when the key repeats.</summary>
    [FieldOffset(13)]
    public byte Repeat;

    /// <summary>Mouse button event: which button (1 left).</summary>
    [FieldOffset(16)]
    public byte Button;

    /// <summary>Window event: data1 (new width). Wheel event: x (horizontal steps).</summary>
    [FieldOffset(16)]
    public int Data1;

    /// <summary>Window event: data2 (new height). Wheel event: y (vertical steps, positive away from the user). Key event: key code (<c>SDLK_*</c>).</summary>
    [FieldOffset(20)]
    public int Data2;

    /// <summary>Mouse motion and button events: x in window pixels.</summary>
    [FieldOffset(20)]
    public int MouseX;

    /// <summary>Mouse motion and button events: y in window pixels.</summary>
    [FieldOffset(24)]
    public int MouseY;

    /// <summary>Wheel event (SDL 2.0.18+): horizontal amount, fractional.</summary>
    [FieldOffset(28)]
    public float WheelPreciseX;

    /// <summary>Wheel event (SDL 2.0.18+): vertical amount, fractional.</summary>
    [FieldOffset(32)]
    public float WheelPreciseY;

    /// <summary>Wheel event (SDL 2.26+): pointer x in window pixels.</summary>
    [FieldOffset(36)]
    public int WheelMouseX;

    /// <summary>Wheel event (SDL 2.26+): pointer y in window pixels.</summary>
    [FieldOffset(40)]
    public int WheelMouseY;

    /// <summary>Text input event: the first byte of up to 32 bytes of NUL-terminated UTF-8.</summary>
    [FieldOffset(12)]
    public byte TextStart;
}
