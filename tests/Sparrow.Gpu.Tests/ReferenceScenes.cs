using System;
using System.Collections.Generic;
using System.IO;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// The scenes of the reference tests, built by hand as Paint would build them from the CSS in
/// References/&lt;name&gt;.html (which Chromium renders into References/&lt;name&gt;.png). 80×60, white clear.
/// </summary>
internal static class ReferenceScenes
{
    public const int Width = 80;
    public const int Height = 60;

    public static string ReferenceDirectory { get; } = Path.Combine(RepoRoot(), "tests", "Sparrow.Gpu.Tests", "References");

    private static readonly Lazy<RgbaImage> Checker = new(() =>
        PngDecoder.TryDecode(File.ReadAllBytes(Path.Combine(ReferenceDirectory, "checker.png")), "checker.png", out _)
        ?? throw new InvalidOperationException("checker.png did not decode"));

    public static IReadOnlyDictionary<string, Action<SceneBuilder, GlesRenderer>> All { get; } = new Dictionary<string, Action<SceneBuilder, GlesRenderer>>
    {
        ["solid_rect"] = (b, _) => b.AddQuad(Quad.Fill(new Rect(10, 10, 40, 30), Rgb(0xff0000))),
        ["rounded_rect_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(10, 10, 60, 40), Rgb(0x3060c0), CornerRadii.Uniform(12)).WithBorder(4, Rgb(0x202020))),
        ["per_corner_radii"] = (b, _) =>
        {
            var q = Quad.Fill(new Rect(8, 8, 64, 44), Rgb(0x30a050), new CornerRadii(0, 8, 16, 22));
            q.BorderWidths = new BorderWidths(3, 5, 3, 5);
            q.BorderTop = Rgb(0xe02020);
            q.BorderRight = Rgb(0x2050e0);
            q.BorderBottom = Rgb(0xe0a000);
            q.BorderLeft = Rgb(0x8020c0);
            b.AddQuad(q);
        },
        ["dashed_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(8, 8, 64, 44), Color.White).WithBorder(3, Rgb(0x0040ff), BorderStyle.Dashed)),
        ["dashed_thin_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(8, 8, 64, 44), Color.White).WithBorder(2, Rgb(0x008040), BorderStyle.Dashed)),
        ["dashed_rounded_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(8, 8, 64, 44), Color.White, CornerRadii.Uniform(12)).WithBorder(3, Rgb(0x0040ff), BorderStyle.Dashed)),
        ["dashed_rounded_thick_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(6, 6, 68, 48), Color.White, CornerRadii.Uniform(16)).WithBorder(4, Rgb(0x202020), BorderStyle.Dashed)),
        ["dotted_rounded_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(6, 6, 68, 48), Color.White, CornerRadii.Uniform(16)).WithBorder(4, Rgb(0xc02000), BorderStyle.Dotted)),
        ["dotted_border"] = (b, _) =>
            b.AddQuad(Quad.Fill(new Rect(8, 8, 64, 44), Color.White).WithBorder(4, Rgb(0xc02000), BorderStyle.Dotted)),
        ["box_shadow"] = (b, _) =>
        {
            var box = new Rect(22, 14, 36, 28);
            b.AddShadow(Shadow.Create(box, CornerRadii.Uniform(6), new Point(0, 4), 8, 2, new Color(0, 0, 0, 128)));
            b.AddQuad(Quad.Fill(box, Color.White, CornerRadii.Uniform(6)));
        },
        ["inset_shadow"] = (b, _) =>
        {
            var box = new Rect(10, 10, 60, 40);
            b.AddQuad(Quad.Fill(box, Color.White, CornerRadii.Uniform(8)));
            b.AddShadow(Shadow.Create(box, CornerRadii.Uniform(8), default, 10, 2, new Color(0, 0, 160, 191), inset: true));
        },
        ["linear_gradient"] = (b, _) => b.AddGradient(Gradient.Linear(
            new Rect(10, 10, 60, 40), new Point(10, 30), new Point(70, 30), [0, 1], [Rgb(0xff0000), Rgb(0x0000ff)])),
        ["linear_gradient_many_stops"] = (b, _) => b.AddGradient(
            GradientKind.Linear,
            new Rect(10, 10, 60, 40),
            new Point(10, 30),
            new Point(70, 30),
            [0, 0.2f, 0.4f, 0.6f, 0.8f, 1],
            [Rgb(0xff0000), Rgb(0xffff00), Rgb(0x00ff00), Rgb(0x00ffff), Rgb(0x0000ff), Rgb(0xff00ff)]),
        ["radial_gradient"] = (b, _) => b.AddGradient(Gradient.Radial(
            new Rect(10, 10, 60, 40), new Point(40, 30), new Point(20, 20), [0, 1], [Rgb(0xffff00), Rgb(0x008000)])),
        ["rounded_clip"] = (b, _) =>
        {
            b.PushRoundedClip(new Rect(16, 6, 48, 48), CornerRadii.Uniform(16));
            b.AddQuad(Quad.Fill(new Rect(8, -2, 64, 64), Rgb(0xd02090)));
            b.PopClip();
        },
        ["opacity_layer"] = (b, _) =>
        {
            b.PushLayer(0.5f);
            b.AddQuad(Quad.Fill(new Rect(10, 10, 36, 30), Rgb(0xff0000)));
            b.AddQuad(Quad.Fill(new Rect(30, 20, 36, 30), Rgb(0x0000ff)));
            b.PopLayer();
        },
        ["image_sprite"] = (b, renderer) =>
        {
            var texture = renderer.CreateTexture(Checker.Value);
            b.AddImage(ImageSprite.Create(new Rect(20, 14, 16, 16), texture));
            b.AddImage(ImageSprite.Create(new Rect(44, 30, 16, 16), texture, 0.5f));
        },
    };

    public static Color Rgb(uint rgb) => Color.FromRgba((rgb << 8) | 0xff);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Engine.sln not found above " + AppContext.BaseDirectory);
    }
}
