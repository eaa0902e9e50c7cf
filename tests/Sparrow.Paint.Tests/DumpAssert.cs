using System;
using Xunit;

namespace Sparrow.Paint.Tests;

internal static class DumpAssert
{
    /// <summary>Compares scene dumps line by line; on failure both are printed whole, side by side in the message.</summary>
    public static void Equal(string expected, string actual)
    {
        expected = expected.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        if (expected != actual)
        {
            Assert.Fail($"Scene dump differs.\n--- expected\n{expected}--- actual\n{actual}");
        }
    }
}
