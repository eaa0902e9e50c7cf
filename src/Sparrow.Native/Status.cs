using System;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>Turns what an entry point threw into a <c>sparrow_status</c> and the thread's last-error text.</summary>
internal static class Status
{
    public const int Ok = 0;

    public static int Of(Exception exception)
    {
        switch (exception)
        {
            case EmbeddingException e:
                LastError.Set(e.Message);
                return (int)e.Error;
            case ArgumentException e:
                LastError.Set(e.Message);
                return (int)EmbeddingError.InvalidArgument;
            default:
                LastError.Set($"internal error ({exception.GetType().Name}): {exception.Message}");
                return (int)EmbeddingError.Internal;
        }
    }
}
