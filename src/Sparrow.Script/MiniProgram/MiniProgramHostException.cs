using System;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// A host capability failing the WeChat way: <see cref="Reason"/> is the text after
/// <c>"&lt;api&gt;:fail "</c> (e.g. <c>"cancel"</c>). Not reported as a diagnostic.
/// </summary>
public class MiniProgramHostException : Exception
{
    public MiniProgramHostException()
        : this("fail")
    {
    }

    public MiniProgramHostException(string reason)
        : base(reason)
    {
        Reason = reason;
    }

    public MiniProgramHostException(string reason, Exception innerException)
        : base(reason, innerException)
    {
        Reason = reason;
    }

    public string Reason { get; }
}
