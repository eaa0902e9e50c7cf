using System.Collections.Generic;
using System.Threading;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>
/// Opaque handles given to C: small integers mapped to live objects, never raw pointers into the
/// managed heap, so a stale or made-up handle is a clear error instead of a crash.
/// </summary>
internal static class HandleTable
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<nint, object> Live = [];
    private static readonly Dictionary<object, nint> Ids = new(ReferenceEqualityComparer.Instance);
    private static long _next = 0x5350_0000; // "SP": handles look unlike small integers or pointers

    public static nint Add(object value)
    {
        lock (Gate)
        {
            var id = (nint)(++_next * 16);
            Live[id] = value;
            Ids[value] = id;
            return id;
        }
    }

    public static nint IdOf(object value)
    {
        lock (Gate)
        {
            return Ids.GetValueOrDefault(value);
        }
    }

    public static T Get<T>(nint handle, string what)
        where T : class
    {
        lock (Gate)
        {
            if (handle != 0 && Live.TryGetValue(handle, out var value) && value is T typed)
            {
                return typed;
            }
        }

        throw new EmbeddingException(EmbeddingError.InvalidArgument, handle == 0 ? $"the {what} handle is null" : $"0x{handle:x} is not an open {what} (closed, destroyed or never made)");
    }

    public static void Remove(object value)
    {
        lock (Gate)
        {
            if (Ids.Remove(value, out var id))
            {
                Live.Remove(id);
            }
        }
    }
}
