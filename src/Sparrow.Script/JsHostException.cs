using System;

namespace Sparrow.Script;

/// <summary>Thrown by a host function to throw an Error with this message in JS (not a host bug).</summary>
public sealed class JsHostException : Exception
{
    public JsHostException(string message)
        : base(message)
    {
    }

    public JsHostException()
    {
    }

    public JsHostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
