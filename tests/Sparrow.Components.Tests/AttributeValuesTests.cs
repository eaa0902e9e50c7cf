using Xunit;

namespace Sparrow.Components.Tests;

public sealed class AttributeValuesTests
{
    [Theory]
    [InlineData("120", 120f)]
    [InlineData("120px", 120f)]
    [InlineData(" 7.5 ", 7.5f)]
    [InlineData("750rpx", 375f)]
    public void Lengths_read_numbers_px_and_rpx(string text, float expected) =>
        Assert.Equal(expected, AttributeValues.Length(text, 375));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12em")]
    public void Malformed_or_absent_lengths_read_as_nothing(string? text) => Assert.Null(AttributeValues.Length(text, 375));

    [Theory]
    [InlineData("true", true)]
    [InlineData("", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    [InlineData("0", false)]
    public void Booleans_follow_the_op_stream_forms(string? text, bool expected) => Assert.Equal(expected, AttributeValues.Bool(text));

    [Theory]
    [InlineData("row1", "row1", true)]
    [InlineData("0a1b2c3d--row1", "row1", true)]
    [InlineData("0A1B2C3D--row1", "row1", false)]
    [InlineData("row10", "row1", false)]
    public void Stored_ids_match_their_logical_id(string stored, string id, bool expected) => Assert.Equal(expected, ElementIds.Matches(stored, id));
}
