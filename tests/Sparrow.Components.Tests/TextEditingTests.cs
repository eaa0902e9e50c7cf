using Xunit;

namespace Sparrow.Components.Tests;

/// <summary>What typing does to a focused field's value on the render side: type filters, maxlength, the caret, Backspace.</summary>
public sealed class TextEditingTests
{
    [Fact]
    public void Text_is_inserted_at_the_caret_and_the_caret_moves_past_it()
    {
        Assert.Equal(("Buy fresh milk", 10), TextEditing.Insert("Buy milk", 4, "fresh ", TextInputType.Text, 140));
        Assert.Equal(("ab", 2), TextEditing.Insert("a", 99, "b", TextInputType.Text, 140)); // a caret past the end is clamped
    }

    [Theory]
    [InlineData(TextInputType.Number, "a1.2x3", "123")]
    [InlineData(TextInputType.Digit, "a1.2x3", "1.23")]
    [InlineData(TextInputType.IdCard, "11010x19.90", "11010X1990")]
    [InlineData(TextInputType.Text, "line\none", "lineone")]
    [InlineData(TextInputType.MultiLine, "line\none", "line\none")]
    public void Each_type_keeps_only_what_its_keyboard_has(TextInputType type, string typed, string kept)
    {
        Assert.Equal(kept, TextEditing.Insert(string.Empty, 0, typed, type, -1).Value);
    }

    [Fact]
    public void Maxlength_cuts_what_is_typed_and_minus_one_is_no_limit()
    {
        Assert.Equal(("12345", 5), TextEditing.Insert("123", 3, "456", TextInputType.Text, 5));
        Assert.Equal("toolong", TextEditing.Insert("toolong", 7, "x", TextInputType.Text, 3).Value); // already over: nothing added
        Assert.Equal(200, TextEditing.Insert(string.Empty, 0, new string('a', 200), TextInputType.Text, -1).Value.Length);
        Assert.Equal(140, TextEditing.MaxLengthOf(null));
        Assert.Equal(-1, TextEditing.MaxLengthOf("-1"));
        Assert.Equal(4, TextEditing.MaxLengthOf("4"));
        Assert.Equal(140, TextEditing.MaxLengthOf("many"));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split_by_maxlength_or_backspace()
    {
        const string Face = "\U0001F600";
        Assert.Equal("a", TextEditing.Insert(string.Empty, 0, "a" + Face, TextInputType.Text, 2).Value);
        Assert.Equal(("a" + Face, 3), TextEditing.Insert(string.Empty, 0, "a" + Face, TextInputType.Text, 3));
        Assert.Equal(("a", 1), TextEditing.DeleteBackward("a" + Face, 3));
        Assert.Equal(string.Empty, TextEditing.Insert(string.Empty, 0, Face, TextInputType.Number, 10).Value);
    }

    [Fact]
    public void Backspace_deletes_before_the_caret_and_does_nothing_at_the_start()
    {
        Assert.Equal(("ac", 1), TextEditing.DeleteBackward("abc", 2));
        Assert.Equal(("abc", 0), TextEditing.DeleteBackward("abc", 0));
    }

    [Theory]
    [InlineData("number", TextInputType.Number)]
    [InlineData("digit", TextInputType.Digit)]
    [InlineData("idcard", TextInputType.IdCard)]
    [InlineData("text", TextInputType.Text)]
    [InlineData(null, TextInputType.Text)]
    [InlineData("safe-password", TextInputType.Text)]
    public void The_type_attribute_names_the_filter(string? attribute, TextInputType type)
    {
        Assert.Equal(type, TextEditing.TypeOf(attribute));
    }
}
