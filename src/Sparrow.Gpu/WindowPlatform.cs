namespace Sparrow.Gpu;

/// <summary>The window system of a native window handed to <see cref="EglDevice.TryCreateForWindow"/>.</summary>
public enum WindowPlatform
{
    /// <summary>Xlib: the display is a <c>Display*</c>, the window an X11 <c>Window</c> id.</summary>
    X11,

    /// <summary>Wayland: the display is a <c>wl_display*</c>, the window a <c>wl_egl_window*</c>.</summary>
    Wayland,
}
