using System.Reflection;
using System.Linq;
using Xunit;

namespace Sparrow.Core.Tests;

public class DiagnosticTests
{
    [Fact]
    public void A_diagnostic_prints_like_a_compiler_message()
    {
        var d = Diagnostic.Error("SP2001", "Unexpected token ')'", new SourceLocation("pages/index.js", 3, 14));
        Assert.Equal("pages/index.js:3:14: error SP2001: Unexpected token ')'", d.ToString());
    }

    [Fact]
    public void Unknown_parts_of_a_location_are_left_out()
    {
        Assert.Equal("app.json", SourceLocation.InFile("app.json").ToString());
        Assert.Equal("<unknown>", SourceLocation.None.ToString());
        Assert.Equal("a.js:2", new SourceLocation("a.js", 2, 0).ToString());
    }

    [Fact]
    public void Diagnostic_codes_are_unique_and_well_formed()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToArray();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^SP[1-8][0-9]{3}$", c));
    }

    [Fact]
    public void The_bag_knows_whether_it_holds_errors()
    {
        var bag = new DiagnosticBag();
        bag.Report(Diagnostic.Warning("SP3001", "big package", SourceLocation.None));
        Assert.False(bag.HasErrors);
        bag.Report(Diagnostic.Error("SP3002", "missing page", SourceLocation.None));
        Assert.True(bag.HasErrors);
        Assert.Equal(2, bag.Snapshot().Count);
    }
}
