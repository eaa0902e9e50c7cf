namespace Sparrow.Gpu;

/// <summary>What the last <see cref="GlesRenderer.Draw"/> cost: GL draw calls, batches and offscreen layers.</summary>
/// <param name="DrawCalls">GL draw calls issued.</param>
/// <param name="Batches">Batches planned (layer begin/end included).</param>
/// <param name="Layers">Offscreen layers drawn.</param>
/// <param name="Instances">Primitive instances drawn.</param>
/// <param name="GpuMs">
/// GPU time, in ms, of the newest earlier frame whose timer query came back by this draw (a frame or
/// more late, so the CPU never waits); null when nothing came back, or when the context has no timer
/// queries (<see cref="GlesRenderer.HasGpuTimer"/>).
/// </param>
public readonly record struct FrameStats(int DrawCalls, int Batches, int Layers, int Instances, double? GpuMs = null);
