using Xunit;

namespace Sparrow.Css.Tests;

public class UserAgentStyleTests
{
    [Fact]
    public void WebView_defaults_for_built_in_components()
    {
        var f = new CssFixture();
        f.El(2, "view").El(3, "text", 2).El(4, "image", 2).El(5, "button", 2).El(6, "custom-thing", 2).Run();
        Assert.Equal("block", f.Get(2, "display"));
        Assert.Equal("inline", f.Get(3, "display"));
        Assert.Equal(("inline-block", "320px", "240px"), (f.Get(4, "display"), f.Get(4, "width"), f.Get(4, "height")));
        Assert.Equal(("18px", "rgb(248, 248, 248)", "border-box"), (f.Get(5, "font-size"), f.Get(5, "background-color"), f.Get(5, "box-sizing")));
        Assert.Equal("inline", f.Get(6, "display"));
        Assert.NotNull(f.Cascade.Styles.PseudoStyle(f.Node(5), PseudoElement.After));
        Assert.Empty(f.Diagnostics.Snapshot());
    }

    [Fact]
    public void Button_type_attributes_pick_their_colors()
    {
        var f = new CssFixture();
        f.El(2, "button");
        f.Batch.SetAttribute(2, f.A("type"), "primary");
        f.Run();
        Assert.Equal("rgb(26, 173, 25)", f.Get(2, "background-color"));
    }

    [Fact]
    public void Skyline_defaults_to_column_flex_relative_and_border_box()
    {
        var f = new CssFixture(StyleEnvironment.Default with { Renderer = RendererKind.Skyline });
        f.El(2, "view").El(3, "text", 2).Run();
        Assert.Equal(("flex", "column", "relative", "border-box"), (f.Get(2, "display"), f.Get(2, "flex-direction"), f.Get(2, "position"), f.Get(2, "box-sizing")));
        Assert.Equal("flex", f.Get(3, "display"));
        Assert.Empty(f.Diagnostics.Snapshot());
    }

    [Fact]
    public void Skyline_renderer_options_switch_to_block_and_content_box()
    {
        var f = new CssFixture(StyleEnvironment.Default with { Renderer = RendererKind.Skyline, SkylineDefaultDisplayBlock = true, SkylineDefaultContentBox = true });
        f.El(2, "view").Run();
        Assert.Equal(("block", "content-box"), (f.Get(2, "display"), f.Get(2, "box-sizing")));
    }

    [Fact]
    public void Author_rules_override_the_user_agent()
    {
        var f = new CssFixture().Css("image { width: 100px } view { display: flex }");
        f.El(2, "image").El(3, "view").Run();
        Assert.Equal("100px", f.Get(2, "width"));
        Assert.Equal("flex", f.Get(3, "display"));
    }
}
