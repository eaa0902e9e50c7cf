using System.Runtime.InteropServices;

namespace Sparrow.Cli.Viewer;

/// <summary>The GL ES calls the overlay makes on the window's context: scissored clears only, no shaders.</summary>
internal static partial class Gl
{
    private const string Library = "libGLESv2.so.2";

    public const uint ColorBufferBit = 0x4000;
    public const uint ScissorTest = 0x0C11;
    public const uint Framebuffer = 0x8D40;

    [LibraryImport(Library, EntryPoint = "glBindFramebuffer")]
    public static partial void BindFramebuffer(uint target, uint framebuffer);

    [LibraryImport(Library, EntryPoint = "glEnable")]
    public static partial void Enable(uint capability);

    [LibraryImport(Library, EntryPoint = "glDisable")]
    public static partial void Disable(uint capability);

    [LibraryImport(Library, EntryPoint = "glScissor")]
    public static partial void Scissor(int x, int y, int width, int height);

    [LibraryImport(Library, EntryPoint = "glViewport")]
    public static partial void Viewport(int x, int y, int width, int height);

    [LibraryImport(Library, EntryPoint = "glClearColor")]
    public static partial void ClearColor(float red, float green, float blue, float alpha);

    [LibraryImport(Library, EntryPoint = "glClear")]
    public static partial void Clear(uint mask);
}
