using System;
using System.Collections.Generic;

namespace Sparrow.Layout;

/// <summary>
/// Small ids for the (viewport width, viewport height, device pixel ratio) of layout passes, so that each
/// node's <see cref="LayoutCache"/> remembers its last pass's viewport in four bytes rather than twelve.
/// Ids are never reused: when the table grows past <see cref="Capacity"/> (a window dragged through many
/// sizes) it is emptied, and a root stamped with a forgotten id only makes the next pass a full one.
/// Shared by all threads, as a tree may be laid out on another thread than its last pass. An id a thread
/// remembered across a clearing stays unique, so at worst a root sees another id for the same viewport and
/// makes one pass a full one.
/// </summary>
internal static class PassViewports
{
    private const int Capacity = 256;

    private static readonly Dictionary<(float Width, float Height, float Scale), int> s_ids = [];
    private static readonly object s_lock = new();
    private static int s_last;

    // The last answer on this thread: a steady state asks the same question every frame, without the lock.
    [ThreadStatic]
    private static (float Width, float Height, float Scale) t_key;

    [ThreadStatic]
    private static int t_id;

    /// <summary>The id of this viewport and pixel ratio: equal ids, equal values (as <c>float.Equals</c> compares them).</summary>
    public static int Id(float width, float height, float scale)
    {
        if (t_id != 0 && width.Equals(t_key.Width) && height.Equals(t_key.Height) && scale.Equals(t_key.Scale))
        {
            return t_id;
        }

        var key = (width, height, scale);

        lock (s_lock)
        {
            if (!s_ids.TryGetValue(key, out var id))
            {
                if (s_ids.Count >= Capacity)
                {
                    s_ids.Clear();
                }

                id = ++s_last;
                s_ids.Add(key, id);
            }

            t_key = key;
            t_id = id;
            return id;
        }
    }
}
