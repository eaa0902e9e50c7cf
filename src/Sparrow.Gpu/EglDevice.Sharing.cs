using System;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

public sealed unsafe partial class EglDevice
{
    /// <summary>
    /// A second GLES context in this device's share group (EGL 1.4 §3.7.1, <c>share_context</c>) for a
    /// background thread, not current anywhere yet; or null with why not: the app's context is GLX
    /// (no EGL handle to share with) or not GLES 3, or EGL refuses. The context is made current without a
    /// surface where the display has EGL_KHR_surfaceless_context, else on a 1×1 pbuffer of the same
    /// config (<paramref name="forcePbuffer"/>: that path even where surfaceless works, for tests).
    /// Call on the render thread, with this device's context current.
    /// </summary>
    internal SharedContext? TryCreateSharedContext(bool forcePbuffer, out string? failure)
    {
        failure = null;
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Context == 0)
        {
            failure = "the app's GL context is not an EGL context (GLX): its share group cannot be joined";
            return null;
        }

        var config = Config;
        if (IsHostOwned && !TryHostConfig(out config, out failure))
        {
            return null;
        }

        var extensions = Utf8(Egl.eglQueryString(Display, Egl.EGL_EXTENSIONS));
        if (forcePbuffer || !extensions.Contains("EGL_KHR_surfaceless_context", StringComparison.Ordinal))
        {
            int surfaceType;
            if (Egl.eglGetConfigAttrib(Display, config, Egl.EGL_SURFACE_TYPE, &surfaceType) == 0 || (surfaceType & Egl.EGL_PBUFFER_BIT) == 0)
            {
                failure = "the display has no EGL_KHR_surfaceless_context and the context's config no pbuffer surfaces";
                return null;
            }

            var pbufferAttribs = stackalloc int[] { Egl.EGL_WIDTH, 1, Egl.EGL_HEIGHT, 1, Egl.EGL_NONE };
            var pbuffer = Egl.eglCreatePbufferSurface(Display, config, pbufferAttribs);
            if (pbuffer == 0)
            {
                failure = $"eglCreatePbufferSurface for the upload context failed (0x{Egl.eglGetError():x})";
                return null;
            }

            return CreateShared(config, pbuffer, out failure);
        }

        return CreateShared(config, 0, out failure);
    }

    private SharedContext? CreateShared(nint config, nint surface, out string? failure)
    {
        failure = null;
        var attribs = stackalloc int[] { Egl.EGL_CONTEXT_MAJOR_VERSION, 3, Egl.EGL_CONTEXT_MINOR_VERSION, 0, Egl.EGL_NONE };
        var context = Egl.eglCreateContext(Display, config, Context, attribs);
        if (context == 0)
        {
            failure = $"eglCreateContext sharing the renderer's context failed (0x{Egl.eglGetError():x})";
            if (surface != 0)
            {
                Egl.eglDestroySurface(Display, surface);
            }

            return null;
        }

        return new SharedContext(Display, context, surface);
    }

    /// <summary>The config of the app's EGL context, if it is a GLES 3 one and GLES is the thread's bound API.</summary>
    private bool TryHostConfig(out nint config, out string? failure)
    {
        config = 0;
        failure = null;
        int clientType, clientVersion, configId;
        if (Egl.eglQueryContext(Display, Context, Egl.EGL_CONTEXT_CLIENT_TYPE, &clientType) == 0
            || Egl.eglQueryContext(Display, Context, Egl.EGL_CONTEXT_CLIENT_VERSION, &clientVersion) == 0
            || Egl.eglQueryContext(Display, Context, Egl.EGL_CONFIG_ID, &configId) == 0)
        {
            failure = $"the app's EGL context could not be queried (0x{Egl.eglGetError():x})";
            return false;
        }

        // eglCreateContext takes the thread's bound API; binding another one here would change the app's thread state.
        if (clientType != Egl.EGL_OPENGL_ES_API || clientVersion < 3 || Egl.eglQueryAPI() != Egl.EGL_OPENGL_ES_API)
        {
            failure = $"the app's EGL context is not OpenGL ES 3 (client type 0x{clientType:x}, version {clientVersion})";
            return false;
        }

        var attribs = stackalloc int[] { Egl.EGL_CONFIG_ID, configId, Egl.EGL_NONE };
        nint found;
        int count;
        if (Egl.eglChooseConfig(Display, attribs, &found, 1, &count) == 0 || count == 0)
        {
            failure = $"the config of the app's EGL context (id {configId}) was not found (0x{Egl.eglGetError():x})";
            return false;
        }

        config = found;
        return true;
    }
}
