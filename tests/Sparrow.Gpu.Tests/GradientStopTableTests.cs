using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class GradientStopTableTests
{
    [Fact]
    public void Stops_become_a_premultiplied_color_texel_and_an_offset_texel_each()
    {
        var row = new float[GradientStopTable.RowFloats];
        var count = GradientStopTable.Write(
            [new GradientStop(0.2f, new Color(255, 0, 0, 255)), new GradientStop(0.6f, new Color(0, 0, 255, 0)), new GradientStop(0.6f, new Color(0, 255, 0, 51))],
            row);

        Assert.Equal(3, count);
        Assert.Equal(new[] { 1f, 0, 0, 1, 0.2f, 0, 0, 0 }, row[..8]);
        Assert.Equal(new[] { 0f, 0, 0, 0, 0.6f, 0, 0, 0 }, row[8..16]); // transparent blue adds no blue
        Assert.Equal(0.2f, row[17], 5); // green premultiplied by alpha 0.2
        Assert.Equal(0.2f, row[19], 5);
        Assert.Equal(0.6f, row[20]);
    }

    [Fact]
    public void Past_the_room_the_last_stop_still_ends_the_row()
    {
        var stops = new GradientStop[GradientStopTable.MaxStops + 10];
        for (var i = 0; i < stops.Length; i++)
        {
            stops[i] = new GradientStop(i / (float)(stops.Length - 1), i == stops.Length - 1 ? new Color(0, 0, 255, 255) : new Color(255, 0, 0, 255));
        }

        var row = new float[GradientStopTable.RowFloats];
        Assert.Equal(GradientStopTable.MaxStops, GradientStopTable.Write(stops, row));
        var last = (GradientStopTable.MaxStops - 1) * 8;
        Assert.Equal(1f, row[last + 2]);
        Assert.Equal(1f, row[last + 4]);
    }
}
