namespace Sparrow.Gpu;

/// <summary>
/// The default framebuffer of an EGL window surface (<see cref="EglDevice.TryCreateForWindow"/>):
/// the renderer draws into framebuffer 0 and <see cref="Present"/> swaps it onto the window. Its size
/// is given by the caller from <see cref="EglDevice.WindowSize"/> (a resized window gets a new surface
/// object of the new size; the EGL surface itself follows the window).
/// </summary>
public sealed class WindowSurface : RenderSurface
{
    private readonly EglDevice _device;

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> (device pixels) target on <paramref name="device"/>'s window.</summary>
    public WindowSurface(EglDevice device, int width, int height)
        : base(width, height)
    {
        System.ArgumentNullException.ThrowIfNull(device);
        if (!device.HasWindow)
        {
            Sparrow.Core.ThrowHelper.Argument(nameof(device), "The device has no window surface: create it with EglDevice.TryCreateForWindow.");
        }

        _device = device;
    }

    internal override uint Framebuffer => 0;

    /// <summary>Swaps the window's buffers (eglSwapBuffers).</summary>
    public override void Present() => _device.SwapBuffers();
}
