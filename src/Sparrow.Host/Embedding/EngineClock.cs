namespace Sparrow.Host.Embedding;

/// <summary>How time moves for the mini programs of an engine.</summary>
public enum EngineClock
{
    /// <summary>
    /// Time follows the host: each <see cref="MiniProgram.RenderFrame"/> moves it to the given vsync
    /// time (the host's monotonic clock), <see cref="MiniProgram.Run"/> uses the machine's clock, and
    /// <c>Date</c> starts at the real date. Opening runs only what is due at once.
    /// </summary>
    Real,

    /// <summary>
    /// Reproducible time: opening settles the app (timers jump ahead until it is idle, as
    /// <c>sparrow shot</c> does) and time moves only by the vsync times the host passes, so the
    /// same calls give the same pixels. <c>Date</c> starts at 2026-01-01.
    /// </summary>
    Virtual,
}
