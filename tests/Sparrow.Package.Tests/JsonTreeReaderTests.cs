using System.Text;
using Sparrow.Core;
using Sparrow.Package.Json;
using Xunit;

namespace Sparrow.Package.Tests;

public class JsonTreeReaderTests
{
    private static (JsonNode? Node, DiagnosticBag Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        return (JsonTreeReader.Parse("app.json", Encoding.UTF8.GetBytes(text), bag), bag);
    }

    [Fact]
    public void Values_keep_their_line_and_column_in_utf16_units()
    {
        var (node, bag) = Parse("{\n  \"标题\": \"首页\", \"pages\": [\"a\",\n   \"b\"]\n}");
        Assert.Empty(bag.Snapshot());
        Assert.Equal(new SourceLocation("app.json", 2, 9), node!["标题"]!.Location);
        Assert.Equal(new SourceLocation("app.json", 2, 24), node["pages"]!.Location);
        Assert.Equal(new SourceLocation("app.json", 3, 4), node["pages"]!.Items[1].Location);
        Assert.Equal("首页", node.GetString("标题"));
    }

    [Fact]
    public void A_syntax_error_is_a_diagnostic_with_line_and_column()
    {
        var (node, bag) = Parse("{\n  \"pages\": [\"a\",,]\n}");
        Assert.Null(node);
        var d = Assert.Single(bag.Snapshot());
        Assert.Equal(DiagnosticCodes.PackageJsonSyntax, d.Code);
        Assert.Equal(2, d.Location.Line);
        Assert.Equal(17, d.Location.Column);
        Assert.DoesNotContain("LineNumber", d.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"a\": 1} {}")]
    [InlineData("{\"a\": 1, /* comment */ \"b\": 2}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("[1, 2")]
    public void Malformed_json_never_throws(string text)
    {
        var (node, bag) = Parse(text);
        Assert.Null(node);
        Assert.Equal(DiagnosticCodes.PackageJsonSyntax, Assert.Single(bag.Snapshot()).Code);
    }

    [Fact]
    public void Unknown_keys_order_and_duplicates_are_kept_and_round_trip()
    {
        var (node, _) = Parse("{\"z\":1,\"a\":{\"x\":[true,null,\"q\\\"\"]},\"z\":2.5,\"u\":\"\\u4e2d\"}");
        Assert.Equal(2.5, node!["z"]!.Number);
        Assert.Equal("{\"z\":1,\"a\":{\"x\":[true,null,\"q\\\"\"]},\"z\":2.5,\"u\":\"中\"}", node.ToJson());
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetPreamble();
        var node = JsonTreeReader.Parse("p.json", [.. bytes, .. Encoding.UTF8.GetBytes("{\"a\":1}")], bag);
        Assert.Equal(1, node!["a"]!.Number);
        Assert.Equal(1, node["a"]!.Location.Line);
    }
}
