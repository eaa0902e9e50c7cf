using System;

namespace Sparrow.Script.MiniProgram;

/// <summary>The host does not offer this capability (the default of every <see cref="IMiniProgramHost"/> member).</summary>
public sealed class HostCapabilityNotProvidedException : MiniProgramHostException
{
    public const string NotProvided = "not provided by this host";

    public HostCapabilityNotProvidedException()
        : base(NotProvided)
    {
    }

    public HostCapabilityNotProvidedException(string reason)
        : base(reason)
    {
    }

    public HostCapabilityNotProvidedException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
