using System.Globalization;
using System.Text.Json;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// The few style properties the benchmark trees use, in one form both engines read: converted to a
/// <see cref="LayoutStyle"/> for ours and written as JSON for benchmarks/layout-yoga/bench.mjs, which
/// sets the same values on Yoga nodes. Every node is a flex container with box-sizing content-box and
/// position static (CSS initial values; the Yoga side sets them explicitly). Lengths: null is auto,
/// a negative value is a percentage (-50 = 50%).
/// </summary>
internal sealed class BenchNodeStyle
{
    public bool Column { get; init; }

    public bool Wrap { get; init; }

    public bool AlignCenter { get; init; }

    public bool JustifySpaceBetween { get; init; }

    public float Grow { get; init; }

    public float Shrink { get; init; } = 1;

    public float? Basis { get; init; }

    public float? Width { get; set; }

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

    private static Length ToLength(float? v) => v switch
    {
        null => Length.Auto,
        < 0 => Length.Percent(-v.Value / 100f),
        _ => Length.Points(v.Value),
    };

    /// <summary>Writes only what differs from the defaults, with CSS-like names and values ("50%", numbers in px).</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (Column)
        {
            w.WriteString("flexDirection", "column");
        }

        if (Wrap)
        {
            w.WriteString("flexWrap", "wrap");
        }

        if (AlignCenter)
        {
            w.WriteString("alignItems", "center");
        }

        if (JustifySpaceBetween)
        {
            w.WriteString("justifyContent", "space-between");
        }

        if (Grow != 0)
        {
            w.WriteNumber("flexGrow", Grow);
        }

        if (Shrink != 1)
        {
            w.WriteNumber("flexShrink", Shrink);
        }

        WriteLength(w, "flexBasis", Basis);
        WriteLength(w, "width", Width);
        WriteLength(w, "height", Height);
        if (Margin != 0)
        {
            w.WriteNumber("margin", Margin);
        }

        if (Padding != 0)
        {
            w.WriteNumber("padding", Padding);
        }

        if (Gap != 0)
        {
            w.WriteNumber("gap", Gap);
        }

        w.WriteEndObject();
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
}
