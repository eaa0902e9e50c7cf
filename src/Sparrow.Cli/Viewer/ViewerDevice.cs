using System;
using System.Collections.Generic;
using System.Linq;

namespace Sparrow.Cli.Viewer;

/// <summary>A phone the viewer can imitate: window size in CSS px and device pixel ratio (its viewport as browsers' device modes list it).</summary>
internal sealed record ViewerDevice(string Name, int Width, int Height, double PixelRatio)
{
    public static IReadOnlyList<ViewerDevice> All { get; } =
    [
        new("iphone-se", 375, 667, 2),
        new("iphone-14", 390, 844, 3),
        new("iphone-14-pro-max", 430, 932, 3),
        new("pixel-7", 412, 915, 2.625),
        new("galaxy-s20", 360, 800, 3),
        new("ipad-mini", 744, 1133, 2),
    ];

    public static ViewerDevice? Find(string name) => All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(d => d.Name));
}
