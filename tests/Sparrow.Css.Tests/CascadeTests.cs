using System.Linq;
using Xunit;

namespace Sparrow.Css.Tests;

public class CascadeTests
{
    [Fact]
    public void Specificity_beats_order_and_order_breaks_ties()
    {
        var f = new CssFixture().Css("#i { color: red } .a { color: blue } .b { color: green } view { color: black }");
        f.El(2, "view", classes: "a b", id: "i").El(3, "view", classes: "a b").Run();
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "color"));
        Assert.Equal("rgb(0, 128, 0)", f.Get(3, "color"));
    }

    [Fact]
    public void Important_beats_specificity_and_inline_style()
    {
        var f = new CssFixture().Css("view { color: blue !important; width: 5px } #i { width: 7px }");
        f.El(2, "view", id: "i", style: "color: red; width: 9px").Run();
        Assert.Equal("rgb(0, 0, 255)", f.Get(2, "color"));
        Assert.Equal("9px", f.Get(2, "width"));
    }

    [Fact]
    public void Inline_important_beats_author_important()
    {
        var f = new CssFixture().Css("view { color: blue !important }");
        f.El(2, "view", style: "color: red !important").Run();
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "color"));
    }

    [Fact]
    public void Inherited_properties_inherit_and_others_do_not()
    {
        var f = new CssFixture().Css(".p { color: #123456; font-size: 20px; background-color: red; padding-top: 3px }");
        f.El(2, "view", classes: "p").El(3, "view", 2).Run();
        Assert.Equal("rgb(18, 52, 86)", f.Get(3, "color"));
        Assert.Equal("20px", f.Get(3, "font-size"));
        Assert.Equal("rgba(0, 0, 0, 0)", f.Get(3, "background-color"));
        Assert.Equal("0px", f.Get(3, "padding-top"));
    }

    [Fact]
    public void Css_wide_keywords_compute_as_specified()
    {
        var f = new CssFixture().Css(".p { color: red; padding-top: 4px } .c { color: initial; padding-top: inherit } .d { color: unset; padding-top: unset }");
        f.El(2, "view", classes: "p").El(3, "view", 2, classes: "c").El(4, "view", 2, classes: "d").Run();
        Assert.Equal("rgb(0, 0, 0)", f.Get(3, "color"));
        Assert.Equal("4px", f.Get(3, "padding-top"));
        Assert.Equal("rgb(255, 0, 0)", f.Get(4, "color"));
        Assert.Equal("0px", f.Get(4, "padding-top"));
    }

    [Fact]
    public void Em_rem_and_percent_resolve_against_font_sizes()
    {
        var f = new CssFixture().Css("page { font-size: 10px } .p { font-size: 2em } .c { font-size: 150%; width: 2em; height: 3rem; line-height: 120%; margin-top: 10% }");
        f.El(2, "view", classes: "p").El(3, "view", 2, classes: "c").Run();
        Assert.Equal("20px", f.Get(2, "font-size"));
        Assert.Equal("30px", f.Get(3, "font-size"));
        Assert.Equal("60px", f.Get(3, "width"));
        Assert.Equal("30px", f.Get(3, "height"));
        Assert.Equal("36px", f.Get(3, "line-height"));
        Assert.Equal("10%", f.Get(3, "margin-top"));
    }

    [Fact]
    public void Currentcolor_resolves_to_the_elements_color()
    {
        var f = new CssFixture().Css(".a { color: red; border-top-color: currentcolor; border-top-style: solid } .b { color: currentColor }");
        f.El(2, "view", classes: "a").El(3, "view", 2, classes: "b").Run();
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "border-top-color"));
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "border-left-color"));
        Assert.Equal("rgb(255, 0, 0)", f.Get(3, "color"));
    }

    [Fact]
    public void Var_substitutes_with_fallbacks_and_inheritance()
    {
        var f = new CssFixture().Css(
            ".p { --main: 10px; --c: blue; --cycle-a: var(--cycle-b); --cycle-b: var(--cycle-a) } " +
            ".c { width: var(--main); height: var(--nope, 7px); color: var(--c); padding: var(--main) 2px; margin-top: var(--cycle-a, 3px); margin-left: var(--nope) }");
        f.El(2, "view", classes: "p").El(3, "view", 2, classes: "c").Run();
        Assert.Equal("10px", f.Get(3, "width"));
        Assert.Equal("7px", f.Get(3, "height"));
        Assert.Equal("rgb(0, 0, 255)", f.Get(3, "color"));
        Assert.Equal("10px", f.Get(3, "padding-top"));
        Assert.Equal("2px", f.Get(3, "padding-right"));
        Assert.Equal("2px", f.Get(3, "padding-left"));
        Assert.Equal("3px", f.Get(3, "margin-top"));
        Assert.Equal("0px", f.Get(3, "margin-left"));
    }

    [Fact]
    public void Calc_resolves_lengths_and_keeps_percent_mixes()
    {
        var f = new CssFixture().Css(".c { font-size: 10px; width: calc(2em + 5px * 2); height: calc(50% - 10px); flex-grow: calc(1 + 1); margin-top: calc((4px + 2px) / 2) }");
        f.El(2, "view", classes: "c").Run();
        Assert.Equal("30px", f.Get(2, "width"));
        Assert.Equal("calc(50% - 10px)", f.Get(2, "height"));
        Assert.Equal("2", f.Get(2, "flex-grow"));
        Assert.Equal("3px", f.Get(2, "margin-top"));
    }

    [Fact]
    public void Min_max_and_clamp_resolve_lengths()
    {
        var f = new CssFixture(StyleEnvironment.Default with { SafeAreaBottom = 34 }).Css(
            ".c { font-size: 10px; padding-bottom: max(env(safe-area-inset-bottom), 16px); padding-top: min(2em, 15px, 30px); margin-top: clamp(1px, 5em, 40px); width: calc(max(1px, 2px) * 3); height: max(10%, 5px) }");
        f.El(2, "view", classes: "c").Run();
        Assert.Equal(("34px", "15px", "40px", "6px"), (f.Get(2, "padding-bottom"), f.Get(2, "padding-top"), f.Get(2, "margin-top"), f.Get(2, "width")));

        // A length against a percentage needs layout's basis: not resolved here, so it acts as unset.
        Assert.Equal("auto", f.Get(2, "height"));
    }

    [Fact]
    public void Env_safe_area_insets_come_from_the_environment()
    {
        var f = new CssFixture(StyleEnvironment.Default with { SafeAreaBottom = 34 }).Css(".c { padding-bottom: env(safe-area-inset-bottom); padding-top: env(safe-area-inset-top, 5px); margin-top: calc(env(safe-area-inset-bottom) + 10px) }");
        f.El(2, "view", classes: "c").Run();
        Assert.Equal("34px", f.Get(2, "padding-bottom"));
        Assert.Equal("0px", f.Get(2, "padding-top"));
        Assert.Equal("44px", f.Get(2, "margin-top"));
    }

    [Theory]
    [InlineData(375, "100rpx", "50px")]
    [InlineData(375, "1rpx", "1px")]
    [InlineData(375, "3rpx", "1px")]
    [InlineData(375, "750rpx", "375px")]
    [InlineData(414, "100rpx", "55px")]
    [InlineData(414, "-7rpx", "-4px")]
    [InlineData(320, "0rpx", "0px")]
    public void Rpx_converts_with_wcsc_rounding(float width, string value, string expected)
    {
        var f = new CssFixture(new StyleEnvironment(width, 800)).Css($".c {{ margin-top: {value} }}");
        f.El(2, "view", classes: "c").Run();
        Assert.Equal(expected, f.Get(2, "margin-top"));
    }

    [Fact]
    public void Shorthands_expand_to_longhands()
    {
        var f = new CssFixture().Css(".c { margin: 1px 2px 3px; border: 2px solid red; flex: 2; border-radius: 4px 5px; overflow: hidden auto; font: italic bold 12px/1.5 serif; background: #fff url(a.png) no-repeat center / cover; transition: opacity 300ms ease-in 1s, transform .2s }");
        f.El(2, "view", classes: "c").Run();
        Assert.Equal(["1px", "2px", "3px", "2px"], new[] { "margin-top", "margin-right", "margin-bottom", "margin-left" }.Select(p => f.Get(2, p)));
        Assert.Equal("2px", f.Get(2, "border-left-width"));
        Assert.Equal("solid", f.Get(2, "border-bottom-style"));
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "border-top-color"));
        Assert.Equal(("2", "1", "0%"), (f.Get(2, "flex-grow"), f.Get(2, "flex-shrink"), f.Get(2, "flex-basis")));
        Assert.Equal("5px", f.Get(2, "border-bottom-left-radius"));
        Assert.Equal(("hidden", "auto"), (f.Get(2, "overflow-x"), f.Get(2, "overflow-y")));
        Assert.Equal(("italic", "700", "12px", "18px", "serif"), (f.Get(2, "font-style"), f.Get(2, "font-weight"), f.Get(2, "font-size"), f.Get(2, "line-height"), f.Get(2, "font-family")));
        Assert.Equal(("rgb(255, 255, 255)", "url(a.png)", "no-repeat", "center", "cover"), (f.Get(2, "background-color"), f.Get(2, "background-image"), f.Get(2, "background-repeat"), f.Get(2, "background-position"), f.Get(2, "background-size")));
        Assert.Equal(("opacity, transform", "0.3s, 0.2s", "ease-in, ease", "1s, 0s"), (f.Get(2, "transition-property"), f.Get(2, "transition-duration"), f.Get(2, "transition-timing-function"), f.Get(2, "transition-delay")));
    }

    [Fact]
    public void Border_width_computes_to_zero_without_a_style()
    {
        var f = new CssFixture().Css(".c { border-width: 4px; border-top-style: dashed }");
        f.El(2, "view", classes: "c").Run();
        Assert.Equal("4px", f.Get(2, "border-top-width"));
        Assert.Equal("0px", f.Get(2, "border-left-width"));
    }

    [Fact]
    public void Font_weight_keywords_compute_to_numbers()
    {
        var f = new CssFixture().Css(".a { font-weight: bold } .b { font-weight: lighter } .c { font-weight: bolder }");
        f.El(2, "view", classes: "a").El(3, "view", 2, classes: "b").El(4, "view", 3, classes: "c").Run();
        Assert.Equal(("700", "400", "700"), (f.Get(2, "font-weight"), f.Get(3, "font-weight"), f.Get(4, "font-weight")));
    }

    [Fact]
    public void Before_and_after_get_styles_only_with_content()
    {
        var f = new CssFixture().Css(".a { color: red } .a::before { content: \"x\"; display: block } .a::after { color: blue }");
        f.El(2, "view", classes: "a").Run();
        var before = f.Cascade.Styles.PseudoStyle(f.Node(2), PseudoElement.Before);
        Assert.NotNull(before);
        Assert.Equal("\"x\"", before![CssProperties.Content.Id].ToCss());
        Assert.Equal("rgb(255, 0, 0)", before[CssProperties.ColorProperty.Id].ToCss());
        Assert.Null(f.Cascade.Styles.PseudoStyle(f.Node(2), PseudoElement.After));
    }

    [Fact]
    public void Media_rules_apply_by_window_size()
    {
        var css = ".c { width: 1px } @media (min-width: 400px) { .c { width: 2px } }";
        var narrow = new CssFixture(new StyleEnvironment(375, 667)).Css(css);
        narrow.El(2, "view", classes: "c").Run();
        var wide = new CssFixture(new StyleEnvironment(414, 896)).Css(css);
        wide.El(2, "view", classes: "c").Run();
        Assert.Equal("1px", narrow.Get(2, "width"));
        Assert.Equal("2px", wide.Get(2, "width"));
    }
}
