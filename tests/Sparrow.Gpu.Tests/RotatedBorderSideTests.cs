using System;
using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// A transformed box whose border has sides of zero width (or a transparent color) draws nothing
/// along those sides: the border's coverage there is the (empty) ring between the outer edge and
/// the inner edge that coincides with it, not one minus the inner edge's anti-aliased coverage.
/// The showcase's list chevrons and the check marks of checkbox/radio/icon are such boxes.
/// </summary>
public class RotatedBorderSideTests
{
    private const float Size = 20;
    private const float Width = 3;
    private static readonly Color Ink = new(0, 0, 0, 255);

    public static TheoryData<float, float, bool> Cases => new()
    {
        // angle (degrees), corner radius, hidden sides transparent (true) or zero wide (false)
        { 45, 0, false },
        { 30, 0, false },
        { 45, 4, false },
        { 45, 0, true },
        { 30, 4, true },
    };

    [EglTheory]
    [MemberData(nameof(Cases))]
    public void Only_the_visible_sides_and_their_anti_aliasing_differ_from_the_background(float degrees, float radius, bool transparent)
    {
        // A transparent box with a top and a right border, the other two sides hidden, rotated
        // about the middle of a 48 × 48 white target.
        var hidden = transparent ? new Color(0, 0, 0, 0) : Ink;
        float hiddenWidth = transparent ? Width : 0;
        var quad = Quad.Fill(new Rect(14, 14, Size, Size), new Color(0, 0, 0, 0), CornerRadii.Uniform(radius));
        quad.BorderWidths = new BorderWidths(Width, Width, hiddenWidth, hiddenWidth);
        quad.BorderTop = quad.BorderRight = Ink;
        quad.BorderBottom = quad.BorderLeft = hidden;
        var rotation = Matrix3x2.CreateRotation(degrees * MathF.PI / 180, new Vector2(24, 24));
        Assert.True(Matrix3x2.Invert(rotation, out var toLocal));

        using var gpu = new GpuHarness(48, 48);
        var image = gpu.Render(b =>
        {
            b.PushTransform(rotation);
            b.AddQuad(quad);
            b.PopTransform();
        });

        float inked = 0;
        for (int y = 0; y < 48; y++)
        {
            for (int x = 0; x < 48; x++)
            {
                var local = Vector2.Transform(new Vector2(x + 0.5f, y + 0.5f), toLocal);
                float distance = DistanceToVisibleSides(local - new Vector2(14, 14));
                var pixel = image[x, y];
                inked += 1 - pixel.R / 255f;

                // The anti-aliasing ramp of an edge reaches half a pixel out from it; a pixel
                // whose centre is more than one pixel from the visible sides must be untouched.
                if (distance > 1)
                {
                    Assert.True(pixel.R >= 254 && pixel.G >= 254 && pixel.B >= 254,
                        $"pixel ({x}, {y}), {distance:0.00} px from the visible sides, is {pixel} instead of the white background");
                }
            }
        }

        // The visible sides were drawn: their ink adds up to about their area, 2 × 20 × 3 − 9 px²,
        // less the two 4.5 px² triangles the joins give the hidden sides when those have a width;
        // the radius and the anti-aliasing of the corners take a few percent more.
        float area = 2 * Size * Width - Width * Width - (transparent ? Width * Width : 0);
        Assert.InRange(inked, 0.85f * area, 1.05f * area);
    }

    // Distance (0 inside) from a point in the box's local space, origin at its top-left corner, to
    // the union of its top band and its right band. Under a rotation local and target distances agree.
    private static float DistanceToVisibleSides(Vector2 p)
    {
        float top = DistanceToRect(p, new Vector2(0, 0), new Vector2(Size, Width));
        float right = DistanceToRect(p, new Vector2(Size - Width, 0), new Vector2(Size, Size));
        return MathF.Min(top, right);
    }

    private static float DistanceToRect(Vector2 p, Vector2 min, Vector2 max)
    {
        float dx = MathF.Max(MathF.Max(min.X - p.X, p.X - max.X), 0);
        float dy = MathF.Max(MathF.Max(min.Y - p.Y, p.Y - max.Y), 0);
        return MathF.Sqrt(dx * dx + dy * dy);
    }
}
