using System.Collections.Generic;

namespace Sparrow.Script;

/// <summary>
/// Pending <c>setTimeout</c>/<c>setInterval</c> timers, ordered by due time and then by creation,
/// so timers due at the same moment fire in the order they were set (as in browsers and Node).
/// Logic thread only.
/// </summary>
internal sealed class TimerQueue
{
    private readonly PriorityQueue<int, (double Due, long Seq)> _queue = new();
    private readonly Dictionary<int, (double Interval, long Seq)> _active = [];
    private long _seq;

    public int Count => _active.Count;

    /// <summary>Schedules timer <paramref name="id"/>; an interval of 0 or less means it fires once.</summary>
    public void Add(int id, double due, double interval)
    {
        var seq = ++_seq;
        _active[id] = (interval, seq);
        _queue.Enqueue(id, (due, seq));
    }

    public void Cancel(int id) => _active.Remove(id);

    /// <summary>The due time of the earliest live timer, if any.</summary>
    public bool TryPeekDue(out double due)
    {
        while (_queue.TryPeek(out var id, out var key))
        {
            if (IsLive(id, key.Seq))
            {
                due = key.Due;
                return true;
            }

            _queue.Dequeue(); // cancelled or rescheduled: drop the stale entry
        }

        due = 0;
        return false;
    }

    /// <summary>Takes the earliest timer due at or before <paramref name="now"/>.</summary>
    public bool TryTakeDue(double now, out int id, out double due, out double interval)
    {
        if (TryPeekDue(out due) && due <= now)
        {
            _queue.TryDequeue(out id, out _);
            interval = _active[id].Interval;
            if (interval <= 0)
            {
                _active.Remove(id);
            }

            return true;
        }

        id = 0;
        interval = 0;
        return false;
    }

    /// <summary>Whether an interval timer is still live after its callback ran (it may have cleared itself).</summary>
    public bool IsActive(int id) => _active.ContainsKey(id);

    public void Clear()
    {
        _queue.Clear();
        _active.Clear();
    }

    private bool IsLive(int id, long seq) => _active.TryGetValue(id, out var state) && state.Seq == seq;
}
