using System.Collections.Generic;
using System.Text.Json;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>One box as Chromium laid it out: border box relative to the parent's, and scroll sizes for scroll containers.</summary>
internal sealed class ExpectedBox
{
    public float X { get; private init; }

    public float Y { get; private init; }

    public float Width { get; private init; }

    public float Height { get; private init; }

    public float? ScrollWidth { get; private init; }

    public float? ScrollHeight { get; private init; }

    public List<ExpectedBox> Children { get; } = [];

    public static ExpectedBox Read(JsonElement e)
    {
        var box = new ExpectedBox
        {
            X = e.GetProperty("x").GetSingle(),
            Y = e.GetProperty("y").GetSingle(),
            Width = e.GetProperty("width").GetSingle(),
            Height = e.GetProperty("height").GetSingle(),
            ScrollWidth = e.TryGetProperty("scrollWidth", out var sw) ? sw.GetSingle() : null,
            ScrollHeight = e.TryGetProperty("scrollHeight", out var sh) ? sh.GetSingle() : null,
        };
        if (e.TryGetProperty("children", out var children))
        {
            foreach (var c in children.EnumerateArray())
            {
                box.Children.Add(Read(c));
            }
        }

        return box;
    }
}
