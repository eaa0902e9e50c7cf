using Xunit;

namespace Sparrow.Components.Tests;

/// <summary>Focus requests from the logic side: <c>auto-focus</c> on first sight, <c>focus</c> turning true or false.</summary>
public sealed class TextFieldTests
{
    private const uint View = 2;
    private const uint Input = 3;
    private const uint Part = 4;

    [Fact]
    public void Auto_focus_asks_for_focus_once_when_the_field_first_appears()
    {
        var f = Fixture();
        f.Attribute(Input, "auto-focus", true);
        var components = Update(f);
        Assert.Equal(f.Slot(Input), components.TakeFocusRequest());
        Assert.Equal(-1, components.TakeFocusRequest());
        components.Update(f.View, f.Root, 16);
        Assert.Equal(-1, components.TakeFocusRequest());
    }

    [Fact]
    public void Focus_turning_true_asks_for_focus_and_turning_false_asks_for_blur()
    {
        var f = Fixture();
        var components = Update(f);
        Assert.Equal(-1, components.TakeFocusRequest());
        f.Attribute(Input, "focus", true);
        components.Update(f.View, f.Root, 16);
        Assert.Equal(f.Slot(Input), components.TakeFocusRequest());
        f.Attribute(Input, "focus", false);
        components.Update(f.View, f.Root, 32);
        Assert.Equal(-1, components.TakeFocusRequest());
        Assert.Equal(f.Slot(Input), components.TakeBlurRequest());
    }

    [Fact]
    public void An_inner_part_belongs_to_its_field_and_disabled_is_read_from_the_store()
    {
        var f = Fixture();
        var components = Update(f);
        Assert.Equal(f.Slot(Input), components.TextFieldAt(f.Slot(Part)));
        Assert.Equal(-1, components.TextFieldAt(f.Slot(View)));
        Assert.False(components.IsDisabled(f.Slot(Input)));
        f.Attribute(Input, "disabled", true);
        Assert.True(components.IsDisabled(f.Slot(Input)));
        Assert.False(components.IsTextarea(f.Slot(Input)));
    }

    private static ComponentFixture Fixture()
    {
        var f = new ComponentFixture();
        f.Element(View, 1, "view", 0, 0, 300, 100);
        f.Element(Input, View, "input", 0, 0, 300, 30);
        f.Element(Part, Input, "builtin-part", 0, 0, 300, 30);
        return f;
    }

    private static NativeComponents Update(ComponentFixture f)
    {
        var components = new NativeComponents(f.Store, 375);
        components.Update(f.View, f.Root, 0);
        return components;
    }
}
