using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>A device, a renderer and an offscreen surface for one test; renders a scene and reads it back.</summary>
internal sealed class GpuHarness : IDisposable
{
    private readonly DiagnosticBag _diagnostics = new();

    public GpuHarness(int width, int height)
    {
        Device = EglDevice.TryCreateHeadless(out var failure) ?? throw new InvalidOperationException(failure?.ToString());
        Renderer = GlesRenderer.TryCreate(Device, _diagnostics)
            ?? throw new InvalidOperationException("Shaders failed:\n" + string.Join('\n', _diagnostics.Snapshot()));
        Surface = new OffscreenSurface(Device, width, height);
        Builder = new SceneBuilder();
    }

    public EglDevice Device { get; }

    public GlesRenderer Renderer { get; }

    public OffscreenSurface Surface { get; }

    public SceneBuilder Builder { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Snapshot();

    public RgbaImage Render(Action<SceneBuilder> build, Color? clear = null)
    {
        Builder.Begin(new Size(Surface.Width, Surface.Height));
        build(Builder);
        Renderer.Draw(Builder.End(), Surface, clear ?? Color.White);
        Assert.Equal(0u, GlesRenderer.TakeGlError());
        return Surface.ReadPixels();
    }

    public void Dispose()
    {
        Surface.Dispose();
        Renderer.Dispose();
        Device.Dispose();
    }
}
