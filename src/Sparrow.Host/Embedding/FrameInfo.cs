namespace Sparrow.Host.Embedding;

/// <summary>What one <see cref="MiniProgram.RenderFrame"/> did.</summary>
/// <param name="Index">The frame's number, from 0.</param>
/// <param name="TimeMs">The program's clock at the frame, ms since it opened.</param>
/// <param name="Drew">Whether pixels were drawn (a page is open and a GPU context exists).</param>
/// <param name="DrawCalls">GL draw calls of the frame.</param>
/// <param name="CpuMs">Time spent in the frame on the calling thread, ms.</param>
public readonly record struct FrameInfo(int Index, double TimeMs, bool Drew, int DrawCalls, double CpuMs);
