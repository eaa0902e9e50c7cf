using System;
using System.Linq;
using Sparrow.Host.Benchmarking;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class MannWhitneyTests
{
    [Fact]
    public void Completely_separated_small_samples_give_the_exact_p_value()
    {
        // 2 of the C(6,3) = 20 arrangements are as extreme (U = 0 or U = 9).
        Assert.Equal(0.1, MannWhitney.PValue([1, 2, 3], [4, 5, 6]), 12);
        // 2 of C(10,5) = 252.
        Assert.Equal(2.0 / 252, MannWhitney.PValue([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]), 12);
    }

    [Fact]
    public void The_statistic_counts_wins_and_half_ties()
    {
        Assert.Equal(1.5, MannWhitney.Statistic([1, 3], [2, 3]).U);
        Assert.Equal(6, MannWhitney.Statistic([1, 3], [2, 3]).TieTerm); // one tie group of 2: 2³ − 2
    }

    [Fact]
    public void Identical_or_all_equal_samples_show_no_difference()
    {
        Assert.Equal(1, MannWhitney.PValue([5, 5, 5], [5, 5, 5]));
        Assert.True(MannWhitney.PValue([1, 2, 3, 4], [1, 2, 3, 4]) > 0.9);
        Assert.Equal(1, MannWhitney.PValue([], [1.0]));
    }

    [Fact]
    public void Large_shifted_samples_are_significant_by_the_normal_approximation()
    {
        var random = new Random(7);
        var a = Enumerable.Range(0, 40).Select(_ => 10 + random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, 40).Select(_ => 10.5 + random.NextDouble()).ToArray();
        Assert.True(MannWhitney.PValue(a, b) < 0.01);
        var c = Enumerable.Range(0, 40).Select(_ => 10 + random.NextDouble()).ToArray();
        Assert.True(MannWhitney.PValue(a, c) > 0.01);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 0.157299207050285)]
    [InlineData(2.0, 0.004677734981047266)]
    [InlineData(3.0, 2.209049699858544e-05)]
    [InlineData(5.0, 1.5374597944280349e-12)]
    [InlineData(-1.0, 1.842700792949715)]
    public void Erfc_matches_reference_values(double x, double expected)
    {
        Assert.Equal(expected, MannWhitney.Erfc(x), expected * 1e-9 + 1e-15);
    }
}
