using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class ShaderDiagnosticTests
{
    private static readonly string[] Files = ["<prelude>", "common.glsl", "fragment.glsl", "quad.frag.glsl"];

    [Fact]
    public void Mesa_logs_name_the_file_by_source_number()
    {
        var d = ShaderLog.Parse("3:17(5): error: `foo' undeclared\n", Files, GpuDiagnosticCodes.ShaderCompileFailed, "quad.frag.glsl").Single();
        Assert.Equal(new SourceLocation("quad.frag.glsl", 17, 5), d.Location);
        Assert.Equal("`foo' undeclared", d.Message);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("SP8001", d.Code);
    }

    [Fact]
    public void Mesa_which_prints_source_0_is_decoded_from_the_line_number()
    {
        var d = ShaderLog.Parse("0:30003(13): error: `x' undeclared", Files, "SP8001", "f").Single();
        Assert.Equal(new SourceLocation("quad.frag.glsl", 3, 13), d.Location);
    }

    [Fact]
    public void Angle_and_nvidia_logs_are_understood_too()
    {
        var angle = ShaderLog.Parse("ERROR: 1:4: 'x' : undeclared identifier", Files, "SP8001", "f").Single();
        Assert.Equal(new SourceLocation("common.glsl", 4, 0), angle.Location);
        var nvidia = ShaderLog.Parse("2(9) : error C1008: undefined variable \"y\"", Files, "SP8001", "f").Single();
        Assert.Equal(new SourceLocation("fragment.glsl", 9, 0), nvidia.Location);
        var warning = ShaderLog.Parse("3:2(1): warning: unused", Files, "SP8001", "f").Single();
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [EglFact]
    public void A_broken_shader_reports_its_file_and_line()
    {
        using var gpu = new GpuHarness(4, 4);
        var bag = new DiagnosticBag();
        var broken = new ShaderSource("broken.frag.glsl", "void main() {\n  o_color = vec4(1.0);\n  o_color += undefined_thing;\n}\n");
        var program = ShaderProgram.TryCreate(
            "broken",
            [ShaderSource.Embedded("common.glsl"), ShaderSource.Embedded("vertex.glsl"), ShaderSource.Embedded("composite.vert.glsl")],
            [ShaderSource.Embedded("common.glsl"), ShaderSource.Embedded("fragment.glsl"), broken],
            [],
            bag);
        Assert.Null(program);
        var error = bag.Snapshot().First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(error.Location.File == "broken.frag.glsl", string.Join("\n", bag.Snapshot()));
        Assert.Equal(GpuDiagnosticCodes.ShaderCompileFailed, error.Code);
        Assert.Equal("broken.frag.glsl", error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("undefined_thing", error.Message, System.StringComparison.Ordinal);
    }
}
