using System;

namespace Sparrow.Cli.Viewer;

internal sealed partial class Viewer
{
    /// <summary>CSS px per wheel step, as browsers scroll by a line-ish amount.</summary>
    private const float WheelStep = 48;

    private void PollEvents()
    {
        while (Sdl.PollEvent(out var e) != 0)
        {
            switch (e.Type)
            {
                case Sdl.EventQuit:
                    _quit = true;
                    break;
                case Sdl.EventWindow when e.SubType == Sdl.WindowEventClose:
                    _quit = true;
                    break;
                case Sdl.EventWindow when e.SubType == Sdl.WindowEventSizeChanged:
                    Resized(e.Data1, e.Data2);
                    break;
                case Sdl.EventKeyDown or Sdl.EventKeyUp:
                    KeyEvent(e.Data2, e.Type == Sdl.EventKeyDown, e.Repeat != 0);
                    break;
                case Sdl.EventTextInput:
                    _program?.Text(SdlWindow.TextOf(ref e));
                    break;
                case Sdl.EventMouseButtonDown when e.Button == Sdl.ButtonLeft:
                    _pointerDown = true;
                    Pointer(e.MouseX, e.MouseY, (p, x, y) => p.PointerDown(0, x, y));
                    break;
                case Sdl.EventMouseMotion when _pointerDown:
                    Pointer(e.MouseX, e.MouseY, (p, x, y) => p.PointerMove(0, x, y));
                    break;
                case Sdl.EventMouseButtonUp when e.Button == Sdl.ButtonLeft && _pointerDown:
                    _pointerDown = false;
                    Pointer(e.MouseX, e.MouseY, (p, x, y) => p.PointerUp(0, x, y));
                    break;
                case Sdl.EventMouseWheel:
                    var dx = e.WheelPreciseX != 0 ? e.WheelPreciseX : e.Data1;
                    var dy = e.WheelPreciseY != 0 ? e.WheelPreciseY : e.Data2;
                    _program?.Scroll(dx * WheelStep, -dy * WheelStep);
                    break;
            }
        }
    }

    /// <summary>Window pixels to the program's CSS px: frames are drawn at the window's lower left.</summary>
    private void Pointer(int windowX, int windowY, Action<Host.Embedding.MiniProgram, float, float> send)
    {
        if (_program is not { } program)
        {
            return;
        }

        var (_, height) = _window.DrawableSize;
        var ratio = program.PixelRatio;
        send(program, (float)(windowX / ratio), (float)((windowY - (height - program.PixelHeight)) / ratio));
    }

    private void Resized(int width, int height)
    {
        if (_program is not { } program || width <= 0 || height <= 0)
        {
            return;
        }

        var cssWidth = Math.Max(1, (int)Math.Round(width / program.PixelRatio));
        var cssHeight = Math.Max(1, (int)Math.Round(height / program.PixelRatio));
        if (cssWidth != program.Width || cssHeight != program.Height)
        {
            program.Resize(cssWidth, cssHeight);
        }
    }

    private void KeyEvent(int key, bool down, bool repeat)
    {
        if (key == Sdl.KeyEscape)
        {
            _quit = true;
            return;
        }

        if (key == Sdl.KeyF2)
        {
            _overlay ^= down && !repeat;
            return;
        }

        if (KeyName(key) is { } name)
        {
            _program?.Key(name, down);
        }
    }

    /// <summary>The DOM key name of an SDL key code; printable keys arrive as text as well.</summary>
    private static string? KeyName(int key) => key switch
    {
        13 => "Enter",
        8 => "Backspace",
        9 => "Tab",
        127 => "Delete",
        0x4000004F => "ArrowRight",
        0x40000050 => "ArrowLeft",
        0x40000051 => "ArrowDown",
        0x40000052 => "ArrowUp",
        0x4000004A => "Home",
        0x4000004D => "End",
        >= 32 and < 127 => ((char)key).ToString(),
        _ => null,
    };
}
