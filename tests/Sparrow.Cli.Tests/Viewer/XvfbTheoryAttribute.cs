using Xunit;

namespace Sparrow.Cli.Tests.Viewer;

/// <summary>A theory that needs what <see cref="XvfbFactAttribute"/> needs; skipped with the same reason.</summary>
public sealed class XvfbTheoryAttribute : TheoryAttribute
{
    public XvfbTheoryAttribute()
    {
        Skip = XvfbFactAttribute.SkipReason();
    }
}
