using System;
using System.Globalization;
using System.Text;
using Sparrow.Layout;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>
/// Compares a laid-out fixture with Chromium's boxes, box by box in tree order. Tolerance:
/// <see cref="Tolerance"/> px on x, y, width and height (Chromium reports LayoutUnits, 1/64 px;
/// half a pixel is below anything a user sees after snapping); scroll sizes, which Chromium rounds to
/// whole pixels, get <see cref="ScrollTolerance"/>. Only the boxes that differ are written out, the
/// expected and the actual side in the same rows, with <c>*</c> after each value out of tolerance.
/// </summary>
internal sealed class LayoutBoxComparer
{
    public const float Tolerance = 0.5f;

    public const float ScrollTolerance = 1f;

    private readonly StringBuilder _expected = new();
    private readonly StringBuilder _actual = new();

    public int Boxes { get; private set; }

    public int Differing { get; private set; }

    public string Expected => _expected.ToString().TrimEnd();

    public string Actual => _actual.ToString().TrimEnd();

    public static LayoutBoxComparer Compare(LayoutTreeStore store, int root, ExpectedBox expected)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(expected);
        var comparer = new LayoutBoxComparer();
        comparer.Visit(store, root, expected, "root");
        return comparer;
    }

    private void Visit(LayoutTreeStore store, int node, ExpectedBox e, string path)
    {
        Boxes++;
        ref readonly var a = ref store.GetLayout(node);
        var content = store.GetContentSize(node);
        var ok = Near(e.X, a.X) && Near(e.Y, a.Y) && Near(e.Width, a.Width) && Near(e.Height, a.Height);
        var scroll = e.ScrollWidth.HasValue && e.ScrollHeight.HasValue;
        var scrollOk = !scroll || (NearScroll(e.ScrollWidth!.Value, content.Width) && NearScroll(e.ScrollHeight!.Value, content.Height));
        if (!ok || !scrollOk)
        {
            Differing++;
            Row(_expected, path, (e.X, a.X), (e.Y, a.Y), (e.Width, a.Width), (e.Height, a.Height), first: true);
            Row(_actual, path, (e.X, a.X), (e.Y, a.Y), (e.Width, a.Width), (e.Height, a.Height), first: false);
            if (scroll)
            {
                Scroll(_expected, e.ScrollWidth!.Value, e.ScrollHeight!.Value, scrollOk);
                Scroll(_actual, content.Width, content.Height, scrollOk);
            }

            _expected.AppendLine();
            _actual.AppendLine();
        }

        var count = store.ChildCount(node);
        if (count != e.Children.Count)
        {
            Differing++;
            _expected.AppendLine(CultureInfo.InvariantCulture, $"{path}: {e.Children.Count} children*");
            _actual.AppendLine(CultureInfo.InvariantCulture, $"{path}: {count} children*");
            return;
        }

        for (var i = 0; i < count; i++)
        {
            Visit(store, store.GetChild(node, i), e.Children[i], path + "/" + i.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Row(StringBuilder text, string path, (float E, float A) x, (float E, float A) y, (float E, float A) w, (float E, float A) h, bool first)
    {
        text.Append(CultureInfo.InvariantCulture, $"{path,-12}");
        Field(text, "x", x, first);
        Field(text, "y", y, first);
        Field(text, "w", w, first);
        Field(text, "h", h, first);
    }

    private static void Field(StringBuilder text, string name, (float E, float A) pair, bool first)
    {
        var value = first ? pair.E : pair.A;
        var mark = Near(pair.E, pair.A) ? " " : "*";
        text.Append(CultureInfo.InvariantCulture, $" {name} {value,8:0.###}{mark}");
    }

    private static void Scroll(StringBuilder text, float width, float height, bool ok) =>
        text.Append(CultureInfo.InvariantCulture, $"  scroll {width:0.###}x{height:0.###}{(ok ? string.Empty : "*")}");

    private static bool Near(float expected, float actual) => MathF.Abs(expected - actual) <= Tolerance;

    private static bool NearScroll(float expected, float actual) => MathF.Abs(expected - actual) <= ScrollTolerance;
}
