using System.Runtime.InteropServices;

namespace Sparrow.Gpu.Interop;

/// <summary>
/// <c>GL_EXT_disjoint_timer_query</c> (Khronos registry, EXT_disjoint_timer_query.txt): GPU time
/// elapsed between a begin and an end query, read back later without stalling, and a disjoint flag
/// that says a result in flight is meaningless (a power change, a context switch). Its entry points
/// are extension functions, so they come through <see cref="Egl.eglGetProcAddress"/>; null where
/// the driver lacks the extension (Mesa's llvmpipe, which has no GPU clock to read).
/// </summary>
internal static unsafe partial class Gl
{
    public const uint GL_EXTENSIONS = 0x1F03;
    public const uint GL_QUERY_RESULT_EXT = 0x8866;
    public const uint GL_QUERY_RESULT_AVAILABLE_EXT = 0x8867;
    public const uint GL_TIME_ELAPSED_EXT = 0x88BF;
    public const uint GL_GPU_DISJOINT_EXT = 0x8FBB;

    [LibraryImport(Lib)]
    public static partial void glGetIntegerv(uint pname, int* data);

    /// <summary>Whether the current context's <c>GL_EXTENSIONS</c> string names <paramref name="extension"/> (a whole word).</summary>
    public static bool HasExtension(string extension)
    {
        var list = Marshal.PtrToStringUTF8((nint)glGetString(GL_EXTENSIONS));
        if (list is null)
        {
            return false;
        }

        foreach (var name in list.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == extension)
            {
                return true;
            }
        }

        return false;
    }
}
