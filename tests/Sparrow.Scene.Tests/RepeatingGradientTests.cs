using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Scene.Tests;

public class RepeatingGradientTests
{
    private static readonly Color Red = new(255, 0, 0, 255);
    private static readonly Color Blue = new(0, 0, 255, 255);

    [Fact]
    public void The_repeating_flag_reaches_inline_and_ramp_gradients_and_the_dump()
    {
        var b = new SceneBuilder();
        b.Begin(new Size(100, 100));
        b.AddGradient(GradientKind.Linear, new Rect(0, 0, 10, 10), new Point(0, 0), new Point(2, 0), [0, 1], [Red, Blue], flags: GradientFlags.Repeating);
        b.AddGradient(GradientKind.Radial, new Rect(0, 0, 10, 10), new Point(5, 5), new Point(2, 2), [0, 0.25f, 0.5f, 0.75f, 1], [Red, Blue, Red, Blue, Red], flags: GradientFlags.Repeating);
        b.AddGradient(GradientKind.Linear, new Rect(0, 0, 10, 10), new Point(0, 0), new Point(10, 0), [0, 1], [Red, Blue]);
        var list = b.End();

        Assert.True(list.Gradients[0].IsRepeating);
        Assert.Equal(0, list.Gradients[0].Ramp);
        Assert.True(list.Gradients[1].IsRepeating);
        Assert.Equal(1, list.Gradients[1].Ramp);
        Assert.False(list.Gradients[2].IsRepeating);
        var dump = SceneDump.Write(list);
        Assert.Contains("repeating-linear-gradient (0,0 10x10)", dump, StringComparison.Ordinal);
        Assert.Contains("repeating-radial-gradient (0,0 10x10)", dump, StringComparison.Ordinal);
        Assert.Contains("\n  linear-gradient (0,0 10x10)", dump, StringComparison.Ordinal);
    }
}
