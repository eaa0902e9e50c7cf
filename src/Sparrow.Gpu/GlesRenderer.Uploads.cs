using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// Image textures uploaded off the render thread. Where the platform allows a second context in the
/// renderer's share group (<see cref="EglDevice.TryCreateSharedContext"/>), <see cref="UploadTexture"/>
/// only names the texture and posts the image to the upload thread (<see cref="TextureUploader"/>);
/// <see cref="PollUploads"/>, once per frame, takes what came back and makes a texture usable only once
/// its fence has signalled, asking with <c>glClientWaitSync</c> and a timeout of 0, so a frame never
/// waits. (<c>glWaitSync</c> would let the texture be drawn at once, but it makes the render context's
/// GPU queue wait for the upload, which is the stall this design removes.) A texture first bound after
/// its fence signalled sees the upload complete (OpenGL ES 3.0 §D.3.3). Elsewhere every upload is done
/// inside the call on the render thread, and <see cref="UploadPathReason"/> says why.
/// </summary>
public sealed unsafe partial class GlesRenderer
{
    private readonly Dictionary<uint, (int Width, int Height)> _uploading = [];
    private readonly List<UploadedTexture> _arrived = [];
    private TextureUploader? _uploader;
    private long _uploadTicks;

    /// <summary>Where image textures are uploaded: on the upload thread (<see cref="TextureUploadPath.SharedContext"/>) or on this one.</summary>
    public TextureUploadPath UploadPath { get; private set; }

    /// <summary>Why uploads happen on the render thread (no second context could share this one, or it was asked); null when they do not.</summary>
    public string? UploadPathReason { get; private set; }

    /// <summary>Images posted with <see cref="UploadTexture"/> and not usable yet (nor deleted).</summary>
    public int PendingUploads => _uploading.Count;

    /// <summary>Render-thread time spent so far in <see cref="UploadTexture"/> and <see cref="PollUploads"/> (the cost this design moves off it).</summary>
    public TimeSpan UploadTime => Stopwatch.GetElapsedTime(0, _uploadTicks);

    /// <summary>Whether the upload thread's context sits on a pbuffer (no EGL_KHR_surfaceless_context). For tests.</summary>
    internal bool UploadsUsePbuffer => _uploader?.UsesPbuffer ?? false;

    /// <summary>Uploaded textures deleted as they arrived for nobody (released meanwhile) or left behind when the thread stopped. For tests.</summary>
    internal int UploadsDeletedUnused { get; private set; }

    /// <summary>The upload thread, for tests' hooks (<see cref="TextureUploader.Hold"/>); null on the render-thread path.</summary>
    internal TextureUploader? Uploader => _uploader;

    /// <summary>
    /// An image texture from straight-alpha pixels (premultiplied on the way). On the shared-context path
    /// the id is named now and the texture is usable (<see cref="IsTextureReady"/>) after a later
    /// <see cref="PollUploads"/>; until then a scene must not draw it. On the render-thread path it is ready
    /// when this returns. <paramref name="image"/> must not change until the texture is ready.
    /// </summary>
    public TextureId UploadTexture(RgbaImage image)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(image);
        var started = Stopwatch.GetTimestamp();
        TextureId texture;
        if (_uploader is null)
        {
            texture = CreateTexture(image);
        }
        else
        {
            var id = _nextTexture++;
            _uploading.Add(id, (image.Width, image.Height));
            _uploader.Post(id, image);
            texture = new TextureId(id);
        }

        _uploadTicks += Stopwatch.GetTimestamp() - started;
        return texture;
    }

    /// <summary>Whether <paramref name="texture"/> exists and is complete, so a scene may draw it.</summary>
    public bool IsTextureReady(TextureId texture) => _textures.ContainsKey(texture.Value);

    /// <summary>
    /// Takes finished uploads and makes those whose fence has signalled ready; never waits. Returns how
    /// many became ready. Call once per frame on the render thread, with the context current.
    /// </summary>
    public int PollUploads()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_uploader is null)
        {
            return 0;
        }

        AssertRenderContextCurrent();
        var started = Stopwatch.GetTimestamp();
        while (_uploader.TryTake(out var result))
        {
            _arrived.Add(result);
        }

        var ready = 0;
        var kept = 0;
        for (var i = 0; i < _arrived.Count; i++)
        {
            var arrived = _arrived[i];
            if (!_uploading.TryGetValue(arrived.Ticket, out var size))
            {
                DeleteUploaded(arrived); // released while it uploaded
                continue;
            }

            var status = Gl.glClientWaitSync(arrived.Fence, 0, 0);
            if (status == Gl.GL_WAIT_FAILED)
            {
                ThrowHelper.InvalidOperation($"glClientWaitSync on an upload fence failed (0x{Gl.glGetError():x}).");
            }

            if (status == Gl.GL_TIMEOUT_EXPIRED)
            {
                _arrived[kept++] = arrived;
                continue;
            }

            Gl.glDeleteSync(arrived.Fence);
            _uploading.Remove(arrived.Ticket);
            _textures.Add(arrived.Ticket, new TextureEntry(arrived.Name, size.Width, size.Height, TextureFormat.Rgba8));
            ready++;
        }

        _arrived.RemoveRange(kept, _arrived.Count - kept);
        _uploadTicks += Stopwatch.GetTimestamp() - started;
        return ready;
    }

    /// <summary>
    /// Blocks until every pending upload is ready or <paramref name="limit"/> passes; true when none is left.
    /// For headless frames, which wait for their images so every run gives the same pixels; an interactive
    /// frame polls instead (<see cref="PollUploads"/>).
    /// </summary>
    public bool WaitForUploads(TimeSpan limit)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            _uploader?.ResetArrival(); // before draining, so an arrival after the drain is not missed
            PollUploads();
            if (_uploading.Count == 0)
            {
                return true;
            }

            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            if (_arrived.Count > 0)
            {
                Gl.glClientWaitSync(_arrived[0].Fence, Gl.GL_SYNC_FLUSH_COMMANDS_BIT, (ulong)left.Ticks * 100);
            }
            else
            {
                _uploader!.WaitForArrival(left);
            }
        }
    }

    /// <summary>Starts the upload thread unless <paramref name="preferred"/> says not to or the platform does not allow it (the reason is kept).</summary>
    internal void StartUploads(TextureUploadPath preferred, bool forcePbuffer = false)
    {
        if (_uploader is not null || _uploading.Count > 0)
        {
            ThrowHelper.InvalidOperation("Uploads were already started.");
        }

        UploadPath = TextureUploadPath.RenderThread;
        if (preferred == TextureUploadPath.RenderThread)
        {
            UploadPathReason = "render-thread uploads were asked for";
            return;
        }

        var shared = _device.TryCreateSharedContext(forcePbuffer, out var failure);
        var uploader = shared is null ? null : TextureUploader.TryStart(shared, out failure);
        if (uploader is null)
        {
            UploadPathReason = failure;
            return;
        }

        _uploader = uploader;
        UploadPath = TextureUploadPath.SharedContext;
        UploadPathReason = null;
    }

    /// <summary>Stops the upload thread (waiting for it), then deletes what it made and nobody took. The render context is current.</summary>
    private void StopUploads()
    {
        if (_uploader is not { } uploader)
        {
            return;
        }

        uploader.Dispose();
        _uploader = null;
        while (uploader.TryTake(out var result))
        {
            _arrived.Add(result);
        }

        foreach (var arrived in _arrived)
        {
            DeleteUploaded(arrived);
        }

        _arrived.Clear();
        _uploading.Clear();
    }

    private void DeleteUploaded(UploadedTexture uploaded)
    {
        UploadsDeletedUnused++;
        var name = uploaded.Name;
        Gl.glDeleteTextures(1, &name);
        Gl.glDeleteSync(uploaded.Fence);
    }

    [Conditional("DEBUG")]
    private void AssertRenderContextCurrent() =>
        Debug.Assert(_device.Context == 0 || Egl.eglGetCurrentContext() == _device.Context, "The renderer's context must be current on the calling thread.");
}
