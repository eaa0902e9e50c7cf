using System.Globalization;
using System.Text.Json;
using Sparrow.Layout;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// The few style properties the layout benchmark trees use, in the JSON form that
/// benchmarks/layout-yoga/yoga-tree.mjs sets on Yoga nodes and that <see cref="ToLayoutStyle"/> turns
/// into ours (the BenchmarkDotNet project builds and exports its trees with it too). Every node is a
/// flex container, box-sizing content-box, position static. Lengths: null is auto, a negative value
/// is a percentage (-25 = 25%).
/// </summary>
internal sealed record LayoutPeerNode
{
    public bool Column { get; init; }

    public bool Wrap { get; init; }

    public bool AlignCenter { get; init; }

    public bool JustifySpaceBetween { get; init; }

    public float Grow { get; init; }

    public float Shrink { get; init; } = 1;

    public float? Basis { get; init; }

    public float? Width { get; init; }

    public float? Height { get; init; }

    public float Margin { get; init; }

    public float Padding { get; init; }

    public float Gap { get; init; }

    public LayoutStyle ToLayoutStyle()
    {
        var s = LayoutStyle.Default;
        s.Display = Display.Flex;
        s.FlexDirection = Column ? FlexDirection.Column : FlexDirection.Row;
        s.FlexWrap = Wrap ? FlexWrap.Wrap : FlexWrap.NoWrap;
        s.AlignItems = AlignCenter ? Align.Center : Align.Stretch;
        s.JustifyContent = JustifySpaceBetween ? JustifyContent.SpaceBetween : JustifyContent.FlexStart;
        s.FlexGrow = Grow;
        s.FlexShrink = Shrink;
        s.FlexBasis = ToLength(Basis);
        s.Width = ToLength(Width);
        s.Height = ToLength(Height);
        s.MarginTop = s.MarginRight = s.MarginBottom = s.MarginLeft = Length.Points(Margin);
        s.PaddingTop = s.PaddingRight = s.PaddingBottom = s.PaddingLeft = Length.Points(Padding);
        s.RowGap = s.ColumnGap = Length.Points(Gap);
        return s;
    }

    /// <summary>Writes only what differs from the defaults, with CSS names and values ("25%", numbers in px).</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        WriteFlag(w, "flexDirection", Column, "column");
        WriteFlag(w, "flexWrap", Wrap, "wrap");
        WriteFlag(w, "alignItems", AlignCenter, "center");
        WriteFlag(w, "justifyContent", JustifySpaceBetween, "space-between");
        WriteNumber(w, "flexGrow", Grow, 0);
        WriteNumber(w, "flexShrink", Shrink, 1);
        WriteLength(w, "flexBasis", Basis);
        WriteLength(w, "width", Width);
        WriteLength(w, "height", Height);
        WriteNumber(w, "margin", Margin, 0);
        WriteNumber(w, "padding", Padding, 0);
        WriteNumber(w, "gap", Gap, 0);
        w.WriteEndObject();
    }

    /// <summary>Reads what <see cref="WriteJson"/> wrote.</summary>
    public static LayoutPeerNode Read(JsonElement e) => new()
    {
        Column = Text(e, "flexDirection") == "column",
        Wrap = Text(e, "flexWrap") == "wrap",
        AlignCenter = Text(e, "alignItems") == "center",
        JustifySpaceBetween = Text(e, "justifyContent") == "space-between",
        Grow = Number(e, "flexGrow") ?? 0,
        Shrink = Number(e, "flexShrink") ?? 1,
        Basis = ReadLength(e, "flexBasis"),
        Width = ReadLength(e, "width"),
        Height = ReadLength(e, "height"),
        Margin = Number(e, "margin") ?? 0,
        Padding = Number(e, "padding") ?? 0,
        Gap = Number(e, "gap") ?? 0,
    };

    private static Length ToLength(float? v) => v switch
    {
        null => Length.Auto,
        < 0 => Length.Percent(-v.Value / 100f),
        _ => Length.Points(v.Value),
    };

    private static void WriteFlag(Utf8JsonWriter w, string name, bool set, string value)
    {
        if (set)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, float value, float initial)
    {
        if (value != initial)
        {
            w.WriteNumber(name, value);
        }
    }

    private static void WriteLength(Utf8JsonWriter w, string name, float? v)
    {
        if (v is { } x)
        {
            if (x < 0)
            {
                w.WriteString(name, (-x).ToString(CultureInfo.InvariantCulture) + "%");
            }
            else
            {
                w.WriteNumber(name, x);
            }
        }
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static float? Number(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetSingle() : null;

    private static float? ReadLength(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String
            ? -float.Parse(v.GetString()!.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture)
            : v.GetSingle();
    }
}
