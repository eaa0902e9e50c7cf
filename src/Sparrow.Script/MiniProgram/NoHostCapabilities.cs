namespace Sparrow.Script.MiniProgram;

/// <summary>The default <see cref="IMiniProgramHost"/>: provides nothing, so every call fails with "not provided by this host".</summary>
public sealed class NoHostCapabilities : IMiniProgramHost
{
    public static NoHostCapabilities Instance { get; } = new();

    private NoHostCapabilities()
    {
    }
}
