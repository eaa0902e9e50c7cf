using System;
using System.Buffers.Text;
using System.IO;

namespace Sparrow.Host.Rendering;

/// <summary>
/// RFC 2397 <c>data:</c> URLs, the form WeChat loads from WXSS backgrounds and <c>image src</c>
/// besides network URLs: <c>data:[&lt;mediatype&gt;][;base64],&lt;data&gt;</c>. The media type is
/// not trusted (the decoder sniffs the bytes); the data is base64 or percent-encoded.
/// </summary>
internal static class DataUri
{
    /// <summary>True when <paramref name="url"/> starts with the <c>data:</c> scheme.</summary>
    public static bool IsDataUri(string url) => url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The bytes a data URL carries, or null (with <paramref name="error"/>) when it has no comma or
    /// its base64 is malformed. Whitespace inside base64 (a URL split over lines) is skipped.
    /// </summary>
    public static byte[]? TryDecode(string url, out string? error)
    {
        error = null;
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (!IsDataUri(url) || comma < 0)
        {
            error = "a data: URL needs a comma before its data";
            return null;
        }

        var header = url.AsSpan(5, comma - 5);
        var data = url.AsSpan(comma + 1);
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(data.Length)];
            if (!Convert.TryFromBase64Chars(data, buffer, out var written))
            {
                error = "its base64 data is malformed";
                return null;
            }

            return buffer.AsSpan(0, written).ToArray();
        }

        return PercentDecode(data);
    }

    private static byte[] PercentDecode(ReadOnlySpan<char> data)
    {
        using var bytes = new MemoryStream(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == '%' && i + 2 < data.Length && IsHex(data[i + 1]) && IsHex(data[i + 2]))
            {
                bytes.WriteByte((byte)((Hex(data[i + 1]) << 4) | Hex(data[i + 2])));
                i += 2;
            }
            else
            {
                bytes.WriteByte((byte)data[i]);
            }
        }

        return bytes.ToArray();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
