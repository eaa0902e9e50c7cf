using Xunit;

namespace Sparrow.Script.Tests;

public class JsNumberFormatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(3.0, "3")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(100.0, "100")]
    public void Numbers_print_as_javascript_prints_them(double value, string expected)
    {
        Assert.Equal(expected, JsNumberFormat.Format(value));
    }
}
