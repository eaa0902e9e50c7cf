using System.Linq;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// glass-easel's template compiler overflows its fixed WASM stack near 290 nested elements and is unusable
/// afterwards; a file nested deeper than 256 is reported where it crosses the limit and left out, so the
/// app's other templates still compile and render.
/// </summary>
public class DeepTemplateTests
{
    [Theory]
    [InlineData(300)]
    [InlineData(10_000)]
    public async Task A_file_nested_too_deep_is_reported_at_the_element_and_the_other_pages_still_render(int depth)
    {
        var deep = string.Concat(Enumerable.Repeat("<view class=\"n\">\n", depth)) + "<text>leaf</text>" + string.Concat(Enumerable.Repeat("</view>", depth));
        var package = MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/ok/ok", "pages/deep/deep"] }"""),
            ("pages/deep/deep.wxml", deep),
            ("pages/deep/deep.js", "Page({});\n"),
            ("pages/ok/ok.wxml", "<view class=\"fine\"><text>still here</text></view>\n"),
            ("pages/ok/ok.js", "Page({});\n"));
        using var harness = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions());

        var problem = Assert.Single(harness.Diagnostics.Snapshot(), d => d.Code == MiniProgramDiagnosticCodes.TemplateError);
        Assert.Equal("pages/deep/deep.wxml", problem.Location.File);
        Assert.Equal(257, problem.Location.Line);
        Assert.Equal(1, problem.Location.Column);
        Assert.Contains("256", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("still here", await harness.TreeAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_at_the_limit_compiles_and_comments_expressions_and_self_closing_tags_do_not_count()
    {
        // 255 views and the text: 256 levels, with a self-closing element, a comment holding tags, and an expression with '<' at each level.
        var open = "<view class=\"{{ a < b ? 'x' : 'y' }}\"><image src=\"a.png\"/><!-- <view> -->\n";
        var deep = string.Concat(Enumerable.Repeat(open, 255)) + "<text>deepest</text>" + string.Concat(Enumerable.Repeat("</view>", 255));
        var package = MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/deep/deep"] }"""),
            ("pages/deep/deep.wxml", deep),
            ("pages/deep/deep.js", "Page({ data: { a: 1, b: 2 } });\n"));
        using var harness = await MiniProgramHarness.StartAsync(package, new MiniProgramRuntimeOptions());

        Assert.DoesNotContain(harness.Diagnostics.Snapshot(), d => d.Code == MiniProgramDiagnosticCodes.TemplateError);
        Assert.Contains("deepest", await harness.TreeAsync(), System.StringComparison.Ordinal);
    }
}
