using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Queries;

/// <summary>
/// One page's intersection observers (docs/queries.md), kept on the render side and evaluated
/// after each layout and scroll: a target whose intersection ratio with the relative rectangle
/// (the viewport or a node's box, grown by the margins) crosses one of the thresholds since the
/// last evaluation (at first: since <c>initialRatio</c>) gives one notification. Render thread.
/// </summary>
public sealed class IntersectionObserverSet
{
    private readonly List<Observer> _observers = [];

    public int Count => _observers.Count;

    /// <summary>Adds observer <paramref name="id"/> from an <c>observe</c> request's operands; false when they are malformed.</summary>
    public bool Add(int id, string operandsJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(operandsJson);
            var root = doc.RootElement;
            var targets = new List<int>();
            foreach (var t in root.GetProperty("targets").EnumerateArray())
            {
                targets.Add(t.GetInt32());
            }

            var thresholds = new List<float>();
            foreach (var t in root.GetProperty("thresholds").EnumerateArray())
            {
                thresholds.Add(t.GetSingle());
            }

            var m = root.GetProperty("margins");
            var margins = (m.GetProperty("left").GetSingle(), m.GetProperty("top").GetSingle(), m.GetProperty("right").GetSingle(), m.GetProperty("bottom").GetSingle());
            var initial = root.GetProperty("initialRatio").GetSingle();
            var last = new float[targets.Count];
            Array.Fill(last, initial);
            _observers.Add(new Observer(id, targets.ToArray(), root.GetProperty("relative").GetInt32(), margins, thresholds.ToArray(), last));
            return true;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    public void Remove(int id) => _observers.RemoveAll(o => o.Id == id);

    /// <summary>
    /// Evaluates every observer against the page as laid out and scrolled now; calls
    /// <paramref name="notify"/> with the observer id and the notification JSON for each crossing.
    /// </summary>
    public void Evaluate(PageDocument page, float scrollY, Size viewport, double timeMs, Action<int, string> notify)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(notify);
        foreach (var observer in _observers.ToArray())
        {
            var relative = observer.Relative == 0 ? new Rect(0, 0, viewport.Width, viewport.Height) : PageGeometry.ClientRect(page, observer.Relative, scrollY);
            if (relative is not { } rel)
            {
                continue;
            }

            var (ml, mt, mr, mb) = observer.Margins;
            rel = new Rect(rel.X - ml, rel.Y - mt, rel.Width + ml + mr, rel.Height + mt + mb);
            for (var i = 0; i < observer.Targets.Length; i++)
            {
                if (PageGeometry.ClientRect(page, observer.Targets[i], scrollY) is not { } box)
                {
                    continue;
                }

                var ratio = Ratio(box, rel, out var intersection);
                var crossed = Level(observer.Thresholds, ratio) != Level(observer.Thresholds, observer.Last[i]);
                observer.Last[i] = ratio;
                if (crossed)
                {
                    notify(observer.Id, Write(i, ratio, intersection, box, rel, timeMs));
                }
            }
        }
    }

    /// <summary>The share of <paramref name="box"/>'s area inside <paramref name="relative"/> (an empty box: 1 when it touches, else 0).</summary>
    internal static float Ratio(Rect box, Rect relative, out Rect intersection)
    {
        var left = Math.Max(box.Left, relative.Left);
        var top = Math.Max(box.Top, relative.Top);
        var right = Math.Min(box.Right, relative.Right);
        var bottom = Math.Min(box.Bottom, relative.Bottom);
        if (right < left || bottom < top)
        {
            intersection = default;
            return 0;
        }

        intersection = new Rect(left, top, right - left, bottom - top);
        var area = box.Width * box.Height;
        return area <= 0 ? 1 : Math.Min(1, intersection.Width * intersection.Height / area);
    }

    /// <summary>How many thresholds <paramref name="ratio"/> has reached (threshold 0 counts only once something shows).</summary>
    internal static int Level(float[] thresholds, float ratio)
    {
        var level = 0;
        foreach (var t in thresholds)
        {
            if (ratio >= t && !(t == 0 && ratio == 0))
            {
                level++;
            }
        }

        return level;
    }

    private static string Write(int target, float ratio, Rect intersection, Rect box, Rect relative, double timeMs)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("target", target);
            json.WriteNumber("intersectionRatio", QueryAnswer.Round(ratio));
            WriteRect(json, "intersectionRect", intersection);
            WriteRect(json, "boundingClientRect", box);
            WriteRect(json, "relativeRect", relative);
            json.WriteNumber("time", Math.Round(timeMs, 3));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteRect(Utf8JsonWriter json, string name, Rect rect)
    {
        json.WriteStartObject(name);
        QueryAnswer.WriteRect(json, rect);
        json.WriteEndObject();
    }

    private sealed record Observer(int Id, int[] Targets, int Relative, (float Left, float Top, float Right, float Bottom) Margins, float[] Thresholds, float[] Last);
}
