namespace Sparrow.Gpu;

/// <summary>What the last <see cref="GlesRenderer.Draw"/> cost: GL draw calls, batches and offscreen layers.</summary>
public readonly record struct FrameStats(int DrawCalls, int Batches, int Layers, int Instances);
