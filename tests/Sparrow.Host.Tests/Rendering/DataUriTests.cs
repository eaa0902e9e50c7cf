using Sparrow.Host.Rendering;
using Xunit;

namespace Sparrow.Host.Tests.Rendering;

public sealed class DataUriTests
{
    [Fact]
    public void Base64_data_decodes_to_its_bytes()
    {
        var bytes = DataUri.TryDecode("data:image/png;base64,iVBORw0KGgo=", out var error);

        Assert.Null(error);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes);
    }

    [Fact]
    public void Percent_encoded_data_decodes_escapes_and_keeps_other_characters()
    {
        var bytes = DataUri.TryDecode("data:,a%20b%zz", out var error);

        Assert.Null(error);
        Assert.Equal("a b%zz"u8.ToArray(), bytes);
    }

    [Theory]
    [InlineData("data:image/png;base64")]
    [InlineData("data:image/png;base64,@@@")]
    public void Malformed_data_urls_give_an_error_and_no_bytes(string url)
    {
        Assert.Null(DataUri.TryDecode(url, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Only_the_data_scheme_is_a_data_url()
    {
        Assert.True(DataUri.IsDataUri("DATA:,x"));
        Assert.False(DataUri.IsDataUri("/images/data:x.png"));
    }
}
