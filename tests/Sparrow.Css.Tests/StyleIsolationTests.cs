using Xunit;

namespace Sparrow.Css.Tests;

/// <summary>
/// Style isolation as glass-easel drives it (glass-easel-miniprogram-adapter's
/// prepareComponentOptions and ClassList._$resolvePrefixes): app.wxss is appended under the shared
/// scope; each component's sheet under its own scope; an element's classes arrive with the scope of
/// the component whose template wrote them, plus the shared scope for apply-shared components
/// (addGlobalClass), and external classes arrive with the owner's scope.
/// </summary>
public class StyleIsolationTests
{
    private const int Shared = 1;
    private const int Comp = 2;

    private static CssFixture Page(string appCss, string compCss)
    {
        var f = new CssFixture();
        f.Batch.RegisterStyleSheet("app.wxss", appCss);
        f.Batch.AppendStyleSheet("app.wxss", Shared);
        f.Batch.RegisterStyleSheet("comp.wxss", compCss);
        f.Batch.AppendStyleSheet("comp.wxss", Comp);
        return f;
    }

    private static void Element(CssFixture f, uint handle, uint parent, params (string Name, int Scope)[] classes)
    {
        f.Batch.CreateElement(handle, f.A("view"), f.A("view"));
        foreach (var (name, scope) in classes)
        {
            f.Batch.AddClass(handle, f.A(name), scope);
        }

        f.Batch.AppendChild(parent, handle);
    }

    [Fact]
    public void Isolated_component_classes_see_only_the_component_sheet()
    {
        var f = Page(".title { color: red }", ".title { font-size: 20px }");
        Element(f, 2, 1, ("title", Shared));
        Element(f, 3, 1, ("title", Comp));
        f.Run();
        Assert.Equal(("rgb(255, 0, 0)", "16px"), (f.Get(2, "color"), f.Get(2, "font-size")));
        Assert.Equal(("rgb(0, 0, 0)", "20px"), (f.Get(3, "color"), f.Get(3, "font-size")));
    }

    [Fact]
    public void Apply_shared_components_see_app_wxss_too()
    {
        var f = Page(".title { color: red }", ".title { font-size: 20px }");
        Element(f, 2, 1, ("title", Shared), ("title", Comp));
        f.Run();
        Assert.Equal(("rgb(255, 0, 0)", "20px"), (f.Get(2, "color"), f.Get(2, "font-size")));
    }

    [Fact]
    public void An_external_class_resolves_in_the_owners_scope()
    {
        // <comp my-class="big"/> in a page: the class lands inside the component with the page's scope.
        var f = Page(".big { font-size: 30px }", ".big { font-size: 10px }");
        Element(f, 2, 1, ("big", Shared));
        f.Run();
        Assert.Equal("30px", f.Get(2, "font-size"));
    }

    [Fact]
    public void Host_matches_the_element_with_the_sheets_host_scope()
    {
        var f = Page(string.Empty, ":host { display: flex } :host(.wide) { width: 10px }");
        f.Batch.CreateElement(2, f.A("my-comp"), f.A("my-comp"));
        f.Batch.SetStyleScope(2, Shared, -1, Comp);
        f.Batch.AddClass(2, f.A("wide"), Comp);
        f.Batch.AppendChild(1, 2);
        Element(f, 3, 1, ("wide", Comp));
        f.Run();
        Assert.Equal(("flex", "10px"), (f.Get(2, "display"), f.Get(2, "width")));
        Assert.Equal(("block", "auto"), (f.Get(3, "display"), f.Get(3, "width")));
    }

    [Fact]
    public void Type_and_id_selectors_are_not_scoped()
    {
        var f = Page("view { color: red } #x { font-size: 12px }", string.Empty);
        Element(f, 2, 1, ("a", Comp));
        f.Batch.SetId(2, "x");
        f.Run();
        Assert.Equal(("rgb(255, 0, 0)", "12px"), (f.Get(2, "color"), f.Get(2, "font-size")));
    }

    [Fact]
    public void A_disabled_sheet_stops_applying()
    {
        var f = Page(".t { color: red }", string.Empty);
        Element(f, 2, 1, ("t", Shared));
        f.Run();
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "color"));
        f.Batch.DisableStyleSheet(0);
        f.Run();
        Assert.Equal("rgb(0, 0, 0)", f.Get(2, "color"));
    }

    [Fact]
    public void Shared_components_and_the_page_see_each_others_classes()
    {
        // styleIsolation "shared" (or page-shared): the component's scope is the shared scope, so its
        // sheet is appended under it and every class it writes carries it.
        var f = new CssFixture();
        f.Batch.RegisterStyleSheet("app.wxss", ".page-title { color: red }");
        f.Batch.AppendStyleSheet("app.wxss", Shared);
        f.Batch.RegisterStyleSheet("comp.wxss", ".comp-title { font-size: 20px }");
        f.Batch.AppendStyleSheet("comp.wxss", Shared);
        Element(f, 2, 1, ("page-title", Shared), ("comp-title", Shared));
        Element(f, 3, 1, ("comp-title", Comp));
        f.Run();
        Assert.Equal(("rgb(255, 0, 0)", "20px"), (f.Get(2, "color"), f.Get(2, "font-size")));
        Assert.Equal("16px", f.Get(3, "font-size"));
    }
}
