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
        button.button-hover { color: rgba(0, 0, 0, 0.6); background-color: #dedede; }
        button[type=primary].button-hover { color: rgba(255, 255, 255, 0.6); background-color: #179b16; }
        button[type=warn].button-hover { color: rgba(255, 255, 255, 0.6); background-color: #ce3c39; }
        button[disabled].button-hover { color: rgba(0, 0, 0, 0.3); background-color: #f8f8f8; }
        button[type=primary][disabled] { color: rgba(255, 255, 255, 0.6); background-color: #9ed99d; }
        button[type=warn][disabled] { color: rgba(255, 255, 255, 0.6); background-color: #ec8b89; }
        builtin-part { display: block; }
        .wx-button-loading {
          display: inline-block; vertical-align: middle; width: 18px; height: 18px; margin: -0.2em 0.34em 0 0;
          border: 2px solid rgba(0, 0, 0, 0.15); border-top-color: currentColor; border-radius: 50%; box-sizing: border-box;
        }
        .wx-checkbox-wrapper, .wx-radio-wrapper, .wx-switch-wrapper { display: inline-flex; align-items: center; vertical-align: middle; }
        .wx-checkbox-input, .wx-radio-input {
          position: relative; display: inline-block; margin-right: 5px; vertical-align: middle; width: 22px; height: 22px;
          border: 1px solid #d1d1d1; border-radius: 3px; background-color: #ffffff; box-sizing: content-box;
        }
        .wx-radio-input { border-radius: 50%; }
        .wx-checkbox-input-disabled, .wx-radio-input-disabled { background-color: #e1e1e1; border-color: #d1d1d1; }
        .wx-checkbox-check, .wx-radio-check {
          position: absolute; left: 8px; top: 3px; width: 5px; height: 11px; box-sizing: content-box;
          border-style: solid; border-color: #09bb07; border-width: 0 2px 2px 0; transform: rotate(45deg);
        }
        .wx-checkbox-input-disabled .wx-checkbox-check { border-color: #adadad; }
        .wx-radio-check { left: 8px; top: 4px; width: 4px; height: 9px; border-color: #ffffff; }
        .wx-switch-input {
          position: relative; display: inline-block; width: 52px; height: 32px; margin-right: 5px; box-sizing: border-box;
          border: 1px solid #dfdfdf; border-radius: 16px; background-color: #fdfdfd;
        }
        .wx-switch-input-disabled { opacity: 0.7; }
        .wx-switch-knob {
          position: absolute; top: 0; left: 0; width: 30px; height: 30px; border-radius: 15px;
          background-color: #ffffff; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.4);
        }
        .wx-switch-input-checked .wx-switch-knob { left: 20px; }
        .wx-slider-wrapper { display: flex; align-items: center; min-height: 16px; }
        .wx-slider-tap-area { flex: 1; padding: 8px 0; }
        .wx-slider-handle-wrapper { position: relative; height: 2px; border-radius: 5px; }
        .wx-slider-track { height: 100%; border-radius: 6px; }
        .wx-slider-thumb { position: absolute; top: 50%; border-radius: 50%; box-shadow: 0 0 4px rgba(0, 0, 0, 0.2); }
        .wx-slider-disabled .wx-slider-track { background-color: #cccccc; }
        .wx-slider-value { width: 3ch; color: #888888; font-size: 14px; margin-left: 1em; }
        .wx-input-wrapper { position: relative; display: flex; align-items: center; height: 100%; }
        .wx-input-placeholder { position: absolute; left: 0; right: 0; top: 0; bottom: 0; display: flex; align-items: center; color: #808080; white-space: nowrap; overflow: hidden; }
        .wx-input-content { white-space: pre; }
        .wx-input-caret { display: inline-block; width: 2px; height: 1.2em; vertical-align: middle; }
        .wx-textarea-wrapper { position: relative; height: 100%; }
        .wx-textarea-placeholder { display: block; bottom: auto; }
        .wx-textarea-content { white-space: pre-wrap; word-break: break-all; }
        .wx-progress-bar { flex: 1; overflow: hidden; }
        .wx-progress-inner-bar { height: 100%; }
        .wx-progress-info { margin-top: 0; margin-bottom: 0; min-width: 2em; margin-left: 15px; font-size: 16px; }
        .wx-icon { position: relative; display: inline-block; vertical-align: middle; box-sizing: border-box; }
        .wx-icon-disc { border-radius: 50%; }
        .wx-icon-mark-a, .wx-icon-mark-b { position: absolute; box-sizing: border-box; }
        .wx-icon-success .wx-icon-mark-a {
          left: 36%; top: 20%; width: 28%; height: 48%; border-style: solid; border-color: #ffffff;
          border-width: 0 2px 2px 0; transform: rotate(45deg);
        }
        .wx-icon-success_no_circle .wx-icon-mark-a {
          left: 34%; top: 6%; width: 34%; height: 68%; border-style: solid; border-width: 0 3px 3px 0; transform: rotate(45deg);
        }
        .wx-icon-info .wx-icon-mark-a, .wx-icon-warn .wx-icon-mark-a { left: 45%; width: 10%; background-color: #ffffff; }
        .wx-icon-info .wx-icon-mark-a { top: 22%; height: 10%; }
        .wx-icon-info .wx-icon-mark-b { left: 45%; top: 38%; width: 10%; height: 40%; background-color: #ffffff; }
        .wx-icon-warn .wx-icon-mark-a { top: 22%; height: 40%; }
        .wx-icon-warn .wx-icon-mark-b { left: 45%; top: 68%; width: 10%; height: 10%; background-color: #ffffff; }
        .wx-icon-waiting .wx-icon-mark-a { left: 45%; top: 20%; width: 10%; height: 34%; background-color: #ffffff; }
        .wx-icon-waiting .wx-icon-mark-b { left: 45%; top: 45%; width: 30%; height: 10%; background-color: #ffffff; }
        .wx-icon-cancel .wx-icon-mark-a, .wx-icon-cancel .wx-icon-mark-b,
        .wx-icon-clear .wx-icon-mark-a, .wx-icon-clear .wx-icon-mark-b {
          left: 46%; top: 24%; width: 8%; height: 52%; background-color: #ffffff; transform: rotate(45deg);
        }
        .wx-icon-cancel .wx-icon-mark-b, .wx-icon-clear .wx-icon-mark-b { transform: rotate(-45deg); }
        .wx-icon-clear { transform: scale(0.6); }
        .wx-icon-download .wx-icon-mark-a { left: 45%; top: 20%; width: 10%; height: 45%; background-color: #ffffff; }
        .wx-icon-download .wx-icon-mark-b {
          left: 35%; top: 42%; width: 30%; height: 30%; border-style: solid; border-color: #ffffff;
          border-width: 0 2px 2px 0; transform: rotate(45deg);
        }
        .wx-icon-search .wx-icon-mark-a { left: 8%; top: 8%; width: 66%; height: 66%; border-width: 2px; border-style: solid; border-radius: 50%; }
        .wx-icon-search .wx-icon-mark-b { left: 68%; top: 58%; width: 10%; height: 36%; transform: rotate(-45deg); }
        .navigator-hover { background-color: rgba(0, 0, 0, 0.1); opacity: 0.7; }
        .wx-swiper-dots { position: absolute; display: flex; pointer-events: none; }
        .wx-swiper-dots-horizontal { left: 0; right: 0; bottom: 10px; flex-direction: row; justify-content: center; }
        .wx-swiper-dots-vertical { top: 0; bottom: 0; right: 10px; flex-direction: column; justify-content: center; }
        .wx-swiper-dot { flex: none; width: 8px; height: 8px; border-radius: 50%; }
        .wx-swiper-dots-horizontal .wx-swiper-dot { margin: 0 4px; }
        .wx-swiper-dots-vertical .wx-swiper-dot { margin: 4px 0; }
        rich-text div, rich-text p, rich-text h1, rich-text h2, rich-text h3, rich-text h4, rich-text h5, rich-text h6,
        rich-text ul, rich-text ol, rich-text li, rich-text dl, rich-text dt, rich-text dd, rich-text blockquote, rich-text pre,
        rich-text section, rich-text article, rich-text aside, rich-text header, rich-text footer, rich-text nav, rich-text address,
        rich-text center, rich-text fieldset, rich-text hr, rich-text table, rich-text caption, rich-text tr { display: block; }
        rich-text td, rich-text th { display: inline-block; }
        rich-text p, rich-text ul, rich-text ol, rich-text dl, rich-text blockquote, rich-text pre { margin: 1em 0; }
        rich-text h1 { font-size: 2em; margin: 0.67em 0; font-weight: bold; }
        rich-text h2 { font-size: 1.5em; margin: 0.83em 0; font-weight: bold; }
        rich-text h3 { font-size: 1.17em; margin: 1em 0; font-weight: bold; }
        rich-text h4 { margin: 1.33em 0; font-weight: bold; }
        rich-text h5 { font-size: 0.83em; margin: 1.67em 0; font-weight: bold; }
        rich-text h6 { font-size: 0.67em; margin: 2.33em 0; font-weight: bold; }
        rich-text b, rich-text strong, rich-text th { font-weight: bold; }
        rich-text i, rich-text em, rich-text cite, rich-text address { font-style: italic; }
        rich-text u, rich-text ins { text-decoration: underline; }
        rich-text s, rich-text del { text-decoration: line-through; }
        rich-text ul, rich-text ol { padding-left: 40px; }
        rich-text blockquote { margin-left: 40px; margin-right: 40px; }
        rich-text pre { white-space: pre; font-family: monospace; }
        rich-text code, rich-text tt { font-family: monospace; }
        rich-text center { text-align: center; }
        rich-text small { font-size: 0.83em; }
        rich-text big { font-size: 1.17em; }
        rich-text sub, rich-text sup { font-size: 0.83em; }
        rich-text hr { margin: 0.5em 0; border-top: 1px solid #c0c0c0; }
        rich-text a { color: #0000ee; text-decoration: underline; }
        rich-text image { display: inline-block; }
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
