using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>A fact that needs a GLES 3 context: skipped, with the reason, where no EGL display can be created.</summary>
public sealed class EglFactAttribute : FactAttribute
{
    public EglFactAttribute()
    {
        if (GpuProbe.Failure is { } reason)
        {
            Skip = "No headless EGL/GLES 3 context here: " + reason;
        }
    }
}
