using System;

namespace Sparrow.Host.Embedding;

/// <summary>An embedding call that cannot be done as asked: wrong order, wrong thread, bad argument, no GPU. The engine stays usable.</summary>
public sealed class EmbeddingException : Exception
{
    /// <summary>An error of kind <paramref name="error"/> saying <paramref name="message"/>.</summary>
    public EmbeddingException(EmbeddingError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>An error of kind <paramref name="error"/> caused by <paramref name="inner"/>.</summary>
    public EmbeddingException(EmbeddingError error, string message, Exception inner)
        : base(message, inner)
    {
        Error = error;
    }

    /// <summary>What kind of failure (the C ABI returns it as the status code).</summary>
    public EmbeddingError Error { get; }
}
