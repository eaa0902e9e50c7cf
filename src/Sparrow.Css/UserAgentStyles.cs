using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// The user-agent stylesheet of the built-in components, per renderer. WebView values follow the
/// WXSS WeChat's base library injects for its <c>wx-*</c> elements (view is block, text inline,
/// image 320×240, button metrics and its ::after hairline border). Skyline follows
/// <c>rendererOptions.skyline</c>'s defaults (<c>defaultDisplayBlock: false</c>: every node is a
/// flex container, column direction; <c>defaultContentBox: false</c>: border-box).
/// </summary>
public static class UserAgentStyles
{
    public const string WebView = """
        page { display: block; font-size: 16px; }
        view, scroll-view, swiper, navigator, cover-view, movable-area, form, canvas, rich-text, editor, page-container, root-portal { display: block; }
        text, label { display: inline; }
        text { white-space: pre-wrap; }
        image { display: inline-block; overflow: hidden; width: 320px; height: 240px; }
        cover-image { display: block; }
        icon { display: inline-block; font-size: 0; }
        swiper { position: relative; height: 150px; }
        swiper-item { display: block; overflow: hidden; position: absolute; width: 100%; height: 100%; }
        movable-area { position: relative; width: 10px; height: 10px; }
        movable-view { display: inline-block; position: absolute; top: 0; left: 0; width: 10px; height: 10px; }
        input { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; text-overflow: clip; white-space: nowrap; }
        textarea { display: block; position: relative; width: 300px; height: 150px; }
        progress { display: flex; align-items: center; }
        slider { display: block; margin: 10px 18px; padding: 0; }
        switch, checkbox, radio { display: inline-block; }
        video { display: inline-block; position: relative; width: 300px; height: 225px; }
        map { display: inline-block; position: relative; width: 300px; height: 150px; }
        canvas { width: 300px; height: 150px; }
        button {
          position: relative; display: block; margin-left: auto; margin-right: auto;
          padding-left: 14px; padding-right: 14px; box-sizing: border-box;
          font-size: 18px; text-align: center; text-decoration: none; line-height: 2.55555556;
          border-radius: 5px; overflow: hidden; color: #000000; background-color: #f8f8f8;
        }
        button::after {
          content: " "; width: 200%; height: 200%; position: absolute; top: 0; left: 0;
          border: 1px solid rgba(0, 0, 0, 0.2); transform: scale(0.5); transform-origin: 0 0;
          box-sizing: border-box; border-radius: 10px;
        }
        button[type=primary] { color: #ffffff; background-color: #1aad19; }
        button[type=warn] { color: #ffffff; background-color: #e64340; }
        button[size=mini] { display: inline-block; line-height: 2.3; font-size: 13px; padding: 0 1.34em; }
        button[plain] { color: #353535; border: 1px solid #353535; background-color: transparent; }
        button[disabled] { color: rgba(0, 0, 0, 0.3); }
        """;

    /// <summary>
    /// Skyline ("Skyline WXSS 样式支持与差异", developers.weixin.qq.com/miniprogram/dev/framework/runtime/skyline/wxss):
    /// display defaults to flex (block with <c>rendererOptions.skyline.defaultDisplayBlock</c>),
    /// flex-direction to column, position to relative, box-sizing to border-box (content-box with
    /// <c>defaultContentBox</c>); display accepts none / flex / block only, so there is no inline text.
    /// </summary>
    public static string Skyline(bool defaultDisplayBlock, bool defaultContentBox) => $$"""
        page, view, text, image, scroll-view, swiper, swiper-item, navigator, button, input, textarea, label, cover-view, cover-image, icon, progress, slider, switch, checkbox, radio, form, canvas, video, map, rich-text, movable-area, movable-view, root-portal, page-container, sticky-header, sticky-section, list-view, grid-view {
          display: {{(defaultDisplayBlock ? "block" : "flex")}}; flex-direction: column; position: relative; box-sizing: {{(defaultContentBox ? "content-box" : "border-box")}};
        }
        page { font-size: 16px; }
        image { overflow: hidden; width: 320px; height: 240px; }
        swiper { height: 150px; }
        swiper-item { overflow: hidden; position: absolute; width: 100%; height: 100%; }
        button {
          margin-left: auto; margin-right: auto; padding-left: 14px; padding-right: 14px;
          font-size: 18px; text-align: center; line-height: 2.55555556; border-radius: 5px; overflow: hidden;
          color: #000000; background-color: #f8f8f8;
        }
        button[type=primary] { color: #ffffff; background-color: #1aad19; }
        button[type=warn] { color: #ffffff; background-color: #e64340; }
        """;

    public static StyleSheet Parse(StyleEnvironment env, AtomTable atoms, IDiagnosticSink diagnostics) =>
        env.Renderer == RendererKind.Skyline
            ? WxssReader.Read(Skyline(env.SkylineDefaultDisplayBlock, env.SkylineDefaultContentBox), "<ua:skyline>", atoms, diagnostics)
            : WxssReader.Read(WebView, "<ua:webview>", atoms, diagnostics);
}
