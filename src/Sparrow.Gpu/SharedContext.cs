using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// A GLES context in the renderer's share group (<see cref="EglDevice.TryCreateSharedContext"/>), for the one
/// background thread that makes it current, uses it and releases it (<see cref="TextureUploader"/>).
/// Textures and sync objects made in it are names in the renderer's context too.
/// </summary>
internal sealed class SharedContext(nint display, nint context, nint surface)
{
    /// <summary>Whether the context is current on a 1×1 pbuffer rather than on no surface (EGL_KHR_surfaceless_context).</summary>
    public bool UsesPbuffer => surface != 0;

    internal nint Context => context;

    /// <summary>Makes the context current on the calling thread; false with the EGL error when EGL refuses.</summary>
    public bool TryMakeCurrent(out int error)
    {
        error = 0;
        Egl.eglBindAPI(Egl.EGL_OPENGL_ES_API); // per thread: the API eglMakeCurrent binds for
        if (Egl.eglMakeCurrent(display, surface, surface, context) == 0)
        {
            error = Egl.eglGetError();
            return false;
        }

        return true;
    }

    /// <summary>On the thread that made it current: leaves it current nowhere and frees the thread's EGL state.</summary>
    public void Release()
    {
        Egl.eglMakeCurrent(display, 0, 0, 0);
        Egl.eglReleaseThread();
    }

    /// <summary>Destroys the context (and pbuffer); call once no thread has it current. Shared objects live on in the renderer's context.</summary>
    public void Destroy()
    {
        Egl.eglDestroyContext(display, context);
        if (surface != 0)
        {
            Egl.eglDestroySurface(display, surface);
        }
    }
}
