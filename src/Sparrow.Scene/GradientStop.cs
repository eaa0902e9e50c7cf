using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>One color stop of a long gradient (more than <see cref="GradientStops.Capacity"/> stops), kept in <see cref="DisplayList.GradientStops"/>.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4, Size = 8)]
public readonly record struct GradientStop(float Offset, Color Color);
