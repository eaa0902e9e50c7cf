using System;
using Sparrow.Core;
using Sparrow.Gpu.Interop;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// The GLES 3 renderer: the only code that touches GL. <see cref="Draw"/> plans the batches
/// (<see cref="BatchPlanner"/>: primitives that overlap nothing in between join an earlier batch of
/// their kind), uploads each primitive array once as instance data in that order, then issues one
/// instanced draw per batch (gpui's thin GPU loop). Opacity layers render into pooled offscreen textures and are
/// composited with one more draw. Blending is premultiplied source-over throughout.
/// </summary>
public sealed unsafe partial class GlesRenderer : IDisposable
{
    private readonly EglDevice _device;
    private readonly Pipeline _quads;
    private readonly Pipeline _shadows;
    private readonly Pipeline _gradients;
    private readonly Pipeline _glyphs;
    private readonly Pipeline _images;
    private readonly ShaderProgram _composite;
    private readonly int _compositeViewport;
    private readonly int _compositeTexture;
    private readonly int _compositeOpacity;
    private readonly int _compositeMaskOn;
    private readonly int _compositeMaskRect;
    private readonly int _compositeMaskRadii;
    private readonly int _compositeMaskRadiiY;
    private readonly int _compositeMaskX;
    private readonly int _compositeMaskY;
    private readonly int _compositeMaskT;
    private uint _emptyVao;
    private bool _disposed;

    private GlesRenderer(EglDevice device, Pipeline[] pipelines, ShaderProgram composite)
    {
        _device = device;
        (_quads, _shadows, _gradients, _glyphs, _images) = (pipelines[0], pipelines[1], pipelines[2], pipelines[3], pipelines[4]);
        _composite = composite;
        _compositeViewport = composite.Uniform("u_viewport");
        _compositeTexture = composite.Uniform("u_texture");
        _compositeOpacity = composite.Uniform("u_opacity");
        _compositeMaskOn = composite.Uniform("u_mask_on");
        _compositeMaskRect = composite.Uniform("u_mask_rect");
        _compositeMaskRadii = composite.Uniform("u_mask_radii");
        _compositeMaskRadiiY = composite.Uniform("u_mask_radii_y");
        _compositeMaskX = composite.Uniform("u_mask_x");
        _compositeMaskY = composite.Uniform("u_mask_y");
        _compositeMaskT = composite.Uniform("u_mask_t");
        uint vao;
        Gl.glGenVertexArrays(1, &vao);
        _emptyVao = vao;
        CreateGpuTimer(); // GlesRenderer.Timing.cs
    }

    /// <summary>Statistics of the last <see cref="Draw"/>.</summary>
    public FrameStats LastFrame { get; private set; }

    /// <summary>
    /// Compiles the built-in shaders with <paramref name="device"/>'s context current. Returns null after
    /// reporting a diagnostic per compile or link error (SP8001/SP8002) naming the .glsl file and line.
    /// Image textures are uploaded from a second, shared context on a background thread unless
    /// <paramref name="uploads"/> says otherwise or the platform does not allow it
    /// (<see cref="UploadPath"/>, <see cref="UploadPathReason"/>; GlesRenderer.Uploads.cs).
    /// </summary>
    public static GlesRenderer? TryCreate(EglDevice device, IDiagnosticSink diagnostics, TextureUploadPath uploads = TextureUploadPath.SharedContext)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var common = ShaderSource.Embedded("common.glsl");
        var vertex = ShaderSource.Embedded("vertex.glsl");
        var fragment = ShaderSource.Embedded("fragment.glsl");
        var pipelines = new Pipeline?[5];
        var roles = new[] { "quad", "shadow", "gradient", "glyph", "image" };
        var ok = true;
        for (var i = 0; i < roles.Length; i++)
        {
            var layout = InstanceLayouts.All[i];
            var program = ShaderProgram.TryCreate(
                roles[i],
                [common, vertex, ShaderSource.Embedded(roles[i] + ".vert.glsl")],
                [common, fragment, ShaderSource.Embedded(roles[i] + ".frag.glsl")],
                layout.Attributes,
                diagnostics);
            ok &= program != null;
            pipelines[i] = program == null ? null : new Pipeline(program, layout);
        }

        var composite = ShaderProgram.TryCreate(
            "composite",
            [common, vertex, ShaderSource.Embedded("composite.vert.glsl")],
            [common, fragment, ShaderSource.Embedded("composite.frag.glsl")],
            [],
            diagnostics);
        if (!ok || composite == null)
        {
            foreach (var p in pipelines)
            {
                p?.Dispose();
            }

            composite?.Dispose();
            return null;
        }

        var renderer = new GlesRenderer(device, pipelines!, composite);
        renderer.StartUploads(uploads);
        return renderer;
    }

    /// <summary>
    /// Draws <paramref name="list"/> into <paramref name="target"/> over <paramref name="clear"/>.
    /// Precondition: the list was built for this target's size (its scissors are in its pixels), every
    /// <see cref="TextureId"/> it names came from this renderer, and the device's context is current.
    /// </summary>
    public void Draw(DisplayList list, RenderSurface target, Color clear)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(target);
        int width = target.Width, height = target.Height;
        if (list.Viewport.Width != width || list.Viewport.Height != height)
        {
            ThrowHelper.Argument(nameof(list), $"The scene was built for {list.Viewport.Width}x{list.Viewport.Height}, the target is {width}x{height}.");
        }

        var gpuMs = BeginGpuTimer(); // GlesRenderer.Timing.cs: an earlier frame's GPU time, if it came back
        Gl.glBindFramebuffer(Gl.GL_FRAMEBUFFER, target.Framebuffer);
        Gl.glViewport(0, 0, width, height);
        Gl.glDisable(Gl.GL_DEPTH_TEST);
        Gl.glDisable(Gl.GL_CULL_FACE);
        Gl.glDisable(Gl.GL_SCISSOR_TEST);
        var a = clear.A / 255f;
        Gl.glClearColor(clear.R / 255f * a, clear.G / 255f * a, clear.B / 255f * a, a);
        Gl.glClear(Gl.GL_COLOR_BUFFER_BIT);
        Gl.glEnable(Gl.GL_BLEND);
        Gl.glBlendFunc(Gl.GL_ONE, Gl.GL_ONE_MINUS_SRC_ALPHA);
        Gl.glEnable(Gl.GL_SCISSOR_TEST);

        int drawCalls = 0, batches = 0, layers = 0, instances = 0;

        // A scene that breaks the precondition (a texture not from this renderer or not ready yet) throws
        // part-way; the timer query and the bindings are closed anyway, so the next frame starts clean.
        try
        {
            PlanAndUpload(list);
            UploadRamps(list);

            var depth = 0;
            var planned = _planner.Batches;
            for (var b = 0; b < planned.Length; b++)
            {
                var batch = planned[b];
                batches++;
                switch (batch.Kind)
                {
                    case PrimitiveKind.LayerBegin:
                        BeginLayer(list.Layers[batch.First], depth++, width, height);
                        layers++;
                        continue;
                    case PrimitiveKind.LayerEnd:
                        depth--;
                        EndLayer(list.Layers[batch.First], depth, depth == 0 ? target.Framebuffer : LayerFramebuffer(depth - 1), width, height);
                        drawCalls++;
                        continue;
                }

                DrawBatch(list, b, width, height); // GlesRenderer.Batches.cs
                drawCalls++;
                instances += batch.Count;
            }
        }
        finally
        {
            Gl.glBindVertexArray(0);
            Gl.glDisable(Gl.GL_SCISSOR_TEST);
            EndGpuTimer();
        }

        LastFrame = new FrameStats(drawCalls, batches, layers, instances, gpuMs);
    }

    /// <summary>The first GL error since the last call, 0 when none (for tests and debugging).</summary>
    public static uint TakeGlError() => Gl.glGetError();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _device.MakeCurrent();
        StopUploads(); // GlesRenderer.Uploads.cs: joins the upload thread, deletes what it left
        _quads.Dispose();
        _shadows.Dispose();
        _gradients.Dispose();
        _glyphs.Dispose();
        _images.Dispose();
        _composite.Dispose();
        var vao = _emptyVao;
        Gl.glDeleteVertexArrays(1, &vao);
        _emptyVao = 0;
        DeleteGpuTimer();
        DeleteLayerTargets();
        DeleteRampTexture();
        DeleteAllTextures();
    }

    /// <summary>Scissor to <paramref name="rect"/> (target pixels, y down), rounded outwards to whole pixels.</summary>
    private static void Scissor(Rect rect, int height)
    {
        var x0 = (int)MathF.Floor(rect.Left);
        var y0 = (int)MathF.Floor(rect.Top);
        var x1 = (int)MathF.Ceiling(rect.Right);
        var y1 = (int)MathF.Ceiling(rect.Bottom);
        Gl.glScissor(x0, height - y1, Math.Max(x1 - x0, 0), Math.Max(y1 - y0, 0));
    }
}
