using Xunit;

namespace Sparrow.Layout.Tests.Style;

public sealed class LengthTests
{
    [Fact]
    public void Default_is_zero_points()
    {
        Assert.Equal(LengthUnit.Points, default(Length).Unit);
        Assert.Equal(0f, default(Length).Resolve(100));
    }

    [Theory]
    [InlineData(12.5f)]
    [InlineData(-3f)]
    [InlineData(1000000f)]
    public void Points_round_trip_within_layout_precision(float px)
    {
        var length = Length.Points(px);
        Assert.Equal(LengthUnit.Points, length.Unit);
        Assert.True(System.MathF.Abs(length.Value - px) <= System.MathF.Abs(px) * 1e-6f);
    }

    [Fact]
    public void Percent_resolves_against_basis_and_not_against_indefinite()
    {
        var half = Length.Percent(0.5f);
        Assert.Equal(LengthUnit.Percent, half.Unit);
        Assert.Equal(100f, half.Resolve(200), 3);
        Assert.True(float.IsNaN(half.Resolve(float.NaN)));
        Assert.Equal(0f, half.ResolveOrZero(float.NaN));
    }

    [Fact]
    public void Auto_and_undefined_do_not_resolve()
    {
        Assert.True(float.IsNaN(Length.Auto.Resolve(100)));
        Assert.True(float.IsNaN(Length.Undefined.Resolve(100)));
        Assert.NotEqual(Length.Auto, Length.Undefined);
        Assert.Equal(Length.Auto, Length.Auto);
    }
}
