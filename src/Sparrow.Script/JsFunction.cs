using System;

namespace Sparrow.Script;

/// <summary>
/// A JS function kept alive from C#. Call and dispose it on the logic thread only; the context
/// releases whatever is left when it is disposed.
/// </summary>
public sealed class JsFunction : IDisposable
{
    internal JsFunction(JsContext context, ulong handle)
    {
        Context = context;
        Handle = handle;
    }

    public JsContext Context { get; }

    internal ulong Handle { get; private set; }

    public JsCompletion Call(params ReadOnlySpan<JsValue> args) => Context.Call(this, args);

    public void Dispose()
    {
        if (Handle != 0)
        {
            Context.Release(Handle);
            Handle = 0;
        }
    }
}
