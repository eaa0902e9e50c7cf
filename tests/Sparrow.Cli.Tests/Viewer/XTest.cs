using System;
using System.Runtime.InteropServices;

namespace Sparrow.Cli.Tests.Viewer;

/// <summary>
/// Real input through the X server (XTEST extension; Debian libxtst6): the pointer moves, buttons
/// and the wheel (buttons 4 and 5) press, and the viewer gets them as any window would.
/// </summary>
internal sealed partial class XTest : IDisposable
{
    private const string X11 = "libX11.so.6";
    private const string Xtst = "libXtst.so.6";

    private readonly IntPtr _display;
    private readonly ulong _window;

    public XTest(string display, string windowId)
    {
        _display = XOpenDisplay(display);
        if (_display == IntPtr.Zero)
        {
            throw new InvalidOperationException($"cannot open X display {display}");
        }

        _window = Convert.ToUInt64(windowId, 16);
    }

    /// <summary>Presses and releases the left button at window pixel (x, y).</summary>
    public void Click(int x, int y)
    {
        MoveTo(x, y);
        XTestFakeButtonEvent(_display, 1, 1, 0);
        XTestFakeButtonEvent(_display, 1, 0, 0);
        XFlush(_display);
    }

    /// <summary>Turns the wheel <paramref name="steps"/> notches towards the user (scrolling down) over window pixel (x, y).</summary>
    public void WheelDown(int x, int y, int steps)
    {
        MoveTo(x, y);
        for (var i = 0; i < steps; i++)
        {
            XTestFakeButtonEvent(_display, 5, 1, 0);
            XTestFakeButtonEvent(_display, 5, 0, 0);
        }

        XFlush(_display);
    }

    public void Dispose() => XCloseDisplay(_display);

    private void MoveTo(int x, int y)
    {
        XTranslateCoordinates(_display, _window, XDefaultRootWindow(_display), x, y, out var rootX, out var rootY, out _);
        XTestFakeMotionEvent(_display, -1, rootX, rootY, 0);
        XFlush(_display);
    }

    [LibraryImport(X11, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr XOpenDisplay(string name);

    [LibraryImport(X11)]
    private static partial int XCloseDisplay(IntPtr display);

    [LibraryImport(X11)]
    private static partial int XFlush(IntPtr display);

    [LibraryImport(X11)]
    private static partial ulong XDefaultRootWindow(IntPtr display);

    [LibraryImport(X11)]
    private static partial int XTranslateCoordinates(IntPtr display, ulong source, ulong destination, int x, int y, out int destinationX, out int destinationY, out ulong child);

    [LibraryImport(Xtst)]
    private static partial int XTestFakeMotionEvent(IntPtr display, int screen, int x, int y, ulong delay);

    [LibraryImport(Xtst)]
    private static partial int XTestFakeButtonEvent(IntPtr display, uint button, int isPress, ulong delay);
}
