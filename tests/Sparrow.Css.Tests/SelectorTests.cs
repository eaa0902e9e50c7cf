using Xunit;

namespace Sparrow.Css.Tests;

public class SelectorTests
{
    /// <summary>page > #root.box[type=primary] > (a.x, b, a.y:last) with a text child in b.</summary>
    private static CssFixture Tree()
    {
        var f = new CssFixture();
        f.El(2, "view", classes: "box outer", id: "root");
        f.Batch.SetAttribute(2, f.A("type"), "primary warn");
        f.Batch.SetAttribute(2, f.A("lang"), "zh-CN");
        f.El(3, "a", 2, classes: "x");
        f.El(4, "b", 2);
        f.El(5, "a", 2, classes: "y");
        f.Batch.CreateText(6, "");
        f.Batch.AppendChild(4, 6);
        f.Store.Apply(f.Batch, f.Diagnostics);
        f.Batch.Clear();
        return f;
    }

    private static ComplexSelector Sel(CssFixture f, string text)
    {
        var sheet = WxssReader.Read(text + " {}", "t.wxss", f.Atoms, f.Diagnostics);
        Assert.Empty(f.Diagnostics.Snapshot());
        return Assert.Single(Assert.Single(sheet.Rules).Selectors);
    }

    [Theory]
    [InlineData("view", 2)]
    [InlineData("*", 1)]
    [InlineData(".box.outer", 2)]
    [InlineData("#root", 2)]
    [InlineData("[type]", 2)]
    [InlineData("[type=\"primary warn\"]", 2)]
    [InlineData("[type~=warn]", 2)]
    [InlineData("[lang|=zh]", 2)]
    [InlineData("[type^=prim]", 2)]
    [InlineData("[type$=arn]", 2)]
    [InlineData("[type*=ry\\ w]", 2)]
    [InlineData("[TYPE=PRIMARY\\ WARN i]", 0)]
    [InlineData("[type=PRIMARY\\ WARN i]", 2)]
    [InlineData("page > view", 2)]
    [InlineData("page view", 2)]
    [InlineData(":root", 1)]
    [InlineData("page", 1)]
    [InlineData("view > a", 3)]
    [InlineData("view a.y", 5)]
    [InlineData(".x + b", 4)]
    [InlineData(".x ~ a", 5)]
    [InlineData(".x ~ .x", 0)]
    [InlineData("a:first-child", 3)]
    [InlineData("a:last-child", 5)]
    [InlineData("b:only-child", 0)]
    [InlineData("view:only-child", 2)]
    [InlineData(":nth-child(2)", 4)]
    [InlineData("a:nth-child(2n+1)", 3)]
    [InlineData(":nth-child(odd)", 1)]
    [InlineData(":nth-last-child(1)", 1)]
    [InlineData("a:nth-last-child(1)", 5)]
    [InlineData("a:nth-of-type(2)", 5)]
    [InlineData("a:nth-last-of-type(2)", 3)]
    [InlineData("a:first-of-type", 3)]
    [InlineData("b:only-of-type", 4)]
    [InlineData(":nth-child(-n+1 of .y)", 5)]
    [InlineData("b:empty", 4)]
    [InlineData("view:empty", 0)]
    [InlineData("a:not(.x)", 5)]
    [InlineData(":not(view):not(page):not(a)", 4)]
    [InlineData("a:hover", 0)]
    public void Selectors_match_the_expected_first_node(string selector, int firstHandle)
    {
        var f = Tree();
        var s = Sel(f, selector);
        var found = 0;
        foreach (var h in new uint[] { 1, 2, 3, 4, 5 })
        {
            if (SelectorMatcher.Matches(f.Store, s, f.Node(h), -1))
            {
                found = (int)h;
                break;
            }
        }

        Assert.Equal(firstHandle, found);
    }

    [Theory]
    [InlineData("*", 0, 0, 0)]
    [InlineData("view", 0, 0, 1)]
    [InlineData(".a", 0, 1, 0)]
    [InlineData("#a", 1, 0, 0)]
    [InlineData("view.a#b[c]:first-child", 1, 3, 1)]
    [InlineData("a b > c + d ~ e", 0, 0, 5)]
    [InlineData(".a::after", 0, 1, 1)]
    [InlineData(":not(#a, .b)", 1, 0, 0)]
    [InlineData(":nth-child(2n of .a.b)", 0, 3, 0)]
    [InlineData(":host", 0, 1, 0)]
    [InlineData(":host(.a)", 0, 2, 0)]
    public void Specificity_follows_selectors_4(string selector, int a, int b, int c)
    {
        var f = new CssFixture();
        Assert.Equal((a << 20) + (b << 10) + c, Sel(f, selector).Specificity);
    }

    [Theory]
    [InlineData("2n+1", 2, 1)]
    [InlineData("-n+3", -1, 3)]
    [InlineData("n", 1, 0)]
    [InlineData("5", 0, 5)]
    [InlineData("even", 2, 0)]
    [InlineData("3n - 2", 3, -2)]
    public void An_plus_b_parses(string text, int a, int b)
    {
        var f = new CssFixture();
        var s = Sel(f, $":nth-child({text})").Subject[0];
        Assert.Equal((a, b), (s.A, s.B));
    }

    [Fact]
    public void Pseudo_elements_are_recorded()
    {
        var f = new CssFixture();
        Assert.Equal(PseudoElement.Before, Sel(f, ".a::before").PseudoElement);
        Assert.Equal(PseudoElement.After, Sel(f, ".a:after").PseudoElement);
        Assert.Equal(PseudoElement.Other, Sel(f, "input::placeholder").PseudoElement);
    }

    [Theory]
    [InlineData(".a::before .b")]
    [InlineData("a:nth-child(x)")]
    [InlineData("[a=]")]
    [InlineData("> a")]
    [InlineData(".a,")]
    [InlineData(".a:not()")]
    public void Invalid_selectors_are_rejected(string text)
    {
        var f = new CssFixture();
        var sheet = WxssReader.Read(text + " { color: red }", "t.wxss", f.Atoms, f.Diagnostics);
        Assert.Empty(sheet.Rules);
        Assert.Contains(f.Diagnostics.Snapshot(), d => d.Code == CssDiagnosticCodes.InvalidSelector);
    }
}
