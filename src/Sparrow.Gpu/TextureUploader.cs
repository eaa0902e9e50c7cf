using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// The texture upload thread. It keeps a <see cref="SharedContext"/> current for its whole life and, per
/// posted image, premultiplies the texels into a reused buffer, creates and fills a texture
/// (<c>glTexImage2D</c>), puts a fence after it (<c>glFenceSync</c>) and flushes, so the fence can signal
/// when the render context polls it (OpenGL ES 3.0 §5.2.2). The result, texture name and fence, goes
/// back through a queue; the render thread owns every <c>TextureId</c> and decides when a texture is
/// usable (<see cref="GlesRenderer.PollUploads"/>). This thread calls GL only on its own context and the
/// render thread only on the renderer's: no GL call crosses threads.
/// </summary>
internal sealed unsafe class TextureUploader : IDisposable
{
    private readonly SharedContext _context;
    private readonly Thread _thread;
    private readonly ConcurrentQueue<(uint Ticket, RgbaImage Image)> _requests = new();
    private readonly ConcurrentQueue<UploadedTexture> _results = new();
    private readonly SemaphoreSlim _work = new(0);
    private readonly ManualResetEventSlim _arrived = new(false);
    private readonly ManualResetEventSlim _gate = new(true);
    private readonly ManualResetEventSlim _started = new(false);
    private byte[] _scratch = [];
    private volatile bool _stopping;
    private string? _startFailure;
    private bool _disposed;

    private TextureUploader(SharedContext context)
    {
        _context = context;
        _thread = new Thread(Run) { IsBackground = true, Name = "sparrow-texture-upload" };
        _thread.Start();
        _started.Wait();
    }

    /// <summary>Whether the thread's context is current on a pbuffer (no EGL_KHR_surfaceless_context, or forced).</summary>
    public bool UsesPbuffer => _context.UsesPbuffer;

    /// <summary>
    /// Starts the thread with <paramref name="context"/> (owned from now on) and waits until it is current
    /// there; null with why not when EGL refuses (the context is then destroyed).
    /// </summary>
    public static TextureUploader? TryStart(SharedContext context, out string? failure)
    {
        var uploader = new TextureUploader(context);
        failure = uploader._startFailure;
        if (failure is null)
        {
            return uploader;
        }

        uploader._thread.Join();
        context.Destroy();
        uploader.DisposeEvents();
        return null;
    }

    /// <summary>Queues <paramref name="image"/> (straight alpha; not changed, and not to be changed until it arrives).</summary>
    public void Post(uint ticket, RgbaImage image)
    {
        _requests.Enqueue((ticket, image));
        _work.Release();
    }

    /// <summary>A finished upload, in posting order; its fence may not have signalled yet.</summary>
    public bool TryTake(out UploadedTexture result) => _results.TryDequeue(out result);

    /// <summary>Clears the arrival signal: call before draining with <see cref="TryTake"/>, then <see cref="WaitForArrival"/>.</summary>
    public void ResetArrival() => _arrived.Reset();

    /// <summary>Blocks until a result arrives after the last <see cref="ResetArrival"/>, or <paramref name="limit"/> passes.</summary>
    public bool WaitForArrival(TimeSpan limit) => _arrived.Wait(limit);

    /// <summary>Whether the thread still runs (tests: it stops on <see cref="Dispose"/>).</summary>
    internal bool IsRunning => _thread.IsAlive;

    /// <summary>Uploads finished and not yet taken (tests).</summary>
    internal int Finished => _results.Count;

    /// <summary>Test hook: the thread takes no further request until <see cref="Resume"/> (an upload held back).</summary>
    internal void Hold() => _gate.Reset();

    /// <summary>Test hook: lets held uploads go.</summary>
    internal void Resume() => _gate.Set();

    /// <summary>Stops the thread after its current upload, waits for it and destroys its context. Requests not started are dropped.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping = true;
        _gate.Set();
        _work.Release();
        _thread.Join();
        _context.Destroy();
        DisposeEvents();
    }

    private void Run()
    {
        if (!_context.TryMakeCurrent(out var error))
        {
            _startFailure = $"the upload context could not be made current on its thread (0x{error:x})";
            _started.Set();
            return;
        }

        _started.Set();
        try
        {
            while (true)
            {
                _work.Wait();
                _gate.Wait();
                if (_stopping)
                {
                    break;
                }

                if (_requests.TryDequeue(out var request))
                {
                    _results.Enqueue(Upload(request.Ticket, request.Image));
                    _arrived.Set();
                }
            }
        }
        finally
        {
            _context.Release();
        }
    }

    private UploadedTexture Upload(uint ticket, RgbaImage image)
    {
        Debug.Assert(Egl.eglGetCurrentContext() == _context.Context, "The upload context must be current on the upload thread.");
        var length = image.Width * image.Height * 4;
        if (_scratch.Length < length)
        {
            _scratch = new byte[length];
        }

        var texels = _scratch.AsSpan(0, length);
        TexelConversion.Premultiply(image.Pixels, texels);
        uint name;
        fixed (byte* p = texels)
        {
            name = GlesRenderer.NewTexture(image.Width, image.Height, TextureFormat.Rgba8, p);
        }

        // Unbound here so a texture the render thread deletes is not kept alive by this context's binding.
        Gl.glBindTexture(Gl.GL_TEXTURE_2D, 0);
        var fence = Gl.glFenceSync(Gl.GL_SYNC_GPU_COMMANDS_COMPLETE, 0);
        Gl.glFlush();
        return new UploadedTexture(ticket, name, fence);
    }

    private void DisposeEvents()
    {
        _work.Dispose();
        _arrived.Dispose();
        _gate.Dispose();
        _started.Dispose();
    }
}
