namespace Sparrow.Css;

/// <summary>Which of WeChat's renderers a page asked for (<c>"renderer"</c> in page.json / app.json); it picks the UA stylesheet.</summary>
public enum RendererKind : byte
{
    WebView,
    Skyline,
}
