using System.Runtime.InteropServices;

namespace Sparrow.Gpu.Interop;

/// <summary>
/// Sync objects (OpenGL ES 3.0 §5.2, core): a fence put in one context's command stream after a texture
/// upload and polled from another context of the same share group (sync objects are shared, §D.1).
/// A fence another context waits on must be flushed by the context that made it (§5.2.2), hence
/// <see cref="glFlush"/>.
/// </summary>
internal static unsafe partial class Gl
{
    public const uint GL_SYNC_GPU_COMMANDS_COMPLETE = 0x9117;
    public const uint GL_ALREADY_SIGNALED = 0x911A;
    public const uint GL_TIMEOUT_EXPIRED = 0x911B;
    public const uint GL_CONDITION_SATISFIED = 0x911C;
    public const uint GL_WAIT_FAILED = 0x911D;
    public const uint GL_SYNC_FLUSH_COMMANDS_BIT = 0x0001;

    [LibraryImport(Lib)]
    public static partial void glFlush();

    [LibraryImport(Lib)]
    public static partial nint glFenceSync(uint condition, uint flags);

    [LibraryImport(Lib)]
    public static partial uint glClientWaitSync(nint sync, uint flags, ulong timeout);

    [LibraryImport(Lib)]
    public static partial void glDeleteSync(nint sync);
}
