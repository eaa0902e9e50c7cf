using System;
using System.Globalization;
using System.Text;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Benchmarks.Css;

/// <summary>
/// A synthetic but shop-like page, the same on every run (fixed seed): a node tree built through
/// the op batch API as the logic thread would send it, and the WXSS that styles it. The tree is
/// page &gt; sections (card, banner or list, with ids) &gt; header, list of items (avatar, name,
/// description, price, tag; data-index attributes), footer button; text elements carry text nodes;
/// elements get one or two utility classes from a pool. The sheet mixes class, compound,
/// descendant, child, attribute, id, type and pseudo-class selectors and a weui-style ::after
/// hairline over typical WXSS declarations (rpx lengths, shorthands, var() with and without
/// fallbacks, custom properties).
/// </summary>
public sealed class StylePage
{
    /// <summary>The page's top view; <see cref="RootClass"/> is toggled on it.</summary>
    public const uint PageHandle = 2;

    /// <summary>A class the sheet uses only in the non-subject compound of descendant selectors (".dark .title").</summary>
    public const string RootClass = "dark";

    /// <summary>A class the sheet uses on the subject (".tag.active") and before a sibling combinator.</summary>
    public const string LeafClass = "active";

    private static readonly string[] Utilities =
    [
        "flex", "row", "col", "center", "between", "wrap", "ellipsis", "bold", "small", "large",
        "mt-10", "mt-20", "mb-10", "mb-20", "p-10", "p-20", "px-20", "py-10", "radius", "shadow",
        "muted", "primary", "danger", "success", "hidden", "clip", "gray-bg", "white-bg", "border", "round",
    ];

    private static readonly string[] Parts =
    [
        "page", "section", "card", "header", "title", "subtitle", "list", "item", "avatar", "content",
        "name", "desc", "meta", "price", "tag", "badge", "footer", "btn", "btn-primary", "divider",
    ];

    private static readonly string[] SectionTypes = ["card", "banner", "list"];

    // The parts the generated ".dark" rules recolour (the hand-written ones add section, title, desc, item).
    private static readonly string[] Themed = ["title", "subtitle", "price", "btn", "badge"];

    private readonly Random _random = new(20261121);
    private readonly AtomTable _atoms;
    private readonly OpBatch _batch = new();
    private uint _next = PageHandle;

    private StylePage(AtomTable atoms) => _atoms = atoms;

    /// <summary>Nodes under the store's root (elements and text nodes).</summary>
    public int NodeCount { get; private set; }

    /// <summary>The handle of the tag leaf (a text element whose only child is a text node) <see cref="LeafClass"/> is toggled on.</summary>
    public uint LeafHandle { get; private set; }

    public OpBatch Batch => _batch;

    /// <summary>Builds the tree of <paramref name="nodes"/> nodes into one op batch (not yet applied).</summary>
    public static StylePage Build(AtomTable atoms, int nodes)
    {
        var page = new StylePage(atoms);
        page.BuildTree(nodes);
        return page;
    }

    private void BuildTree(int nodes)
    {
        var page = Element(NodeStore.RootHandle, "view", "page container", id: "page");
        var section = 0;
        var leafTarget = nodes / 2;
        while (NodeCount < nodes - 40)
        {
            var s = Element(page, "view", "section card", id: "s" + section.ToString(CultureInfo.InvariantCulture));
            _batch.SetAttribute(s, _atoms.Intern("data-type"), SectionTypes[section % SectionTypes.Length]);
            var header = Element(s, "view", "header row between");
            TextElement(header, "title", "今日推荐");
            TextElement(header, "subtitle", "查看更多");
            var list = Element(s, "view", "list");
            var items = _random.Next(8, 17);
            for (var i = 0; i < items && NodeCount < nodes - 20; i++)
            {
                var item = Element(list, "view", i % 4 == 0 ? "item row active" : "item row", id: i == 0 ? "first-" + section.ToString(CultureInfo.InvariantCulture) : null);
                _batch.SetAttribute(item, _atoms.Intern("data-index"), i.ToString(CultureInfo.InvariantCulture));
                var avatar = Element(item, "view", "avatar");
                _batch.SetAttribute(avatar, _atoms.Intern("mode"), "aspectFill");
                var content = Element(item, "view", "content col");
                TextElement(content, "name", "商品名称 " + i.ToString(CultureInfo.InvariantCulture));
                TextElement(content, "desc", "一段不太长的商品描述文字，超出部分省略");
                var meta = Element(content, "view", "meta row");
                TextElement(meta, "price", "¥99.00");
                var tag = TextElement(meta, "tag badge", "新品");
                if (LeafHandle == 0 && NodeCount >= leafTarget)
                {
                    LeafHandle = tag;
                }
            }

            var footer = Element(s, "view", "footer");
            var btn = TextElement(footer, "btn btn-primary", "加入购物车");
            _batch.SetAttribute(btn, _atoms.Intern("hover-class"), "btn-hover");
            section++;
        }

        while (NodeCount < nodes)
        {
            Element(page, "view", "divider");
        }
    }

    private uint Element(uint parent, string tag, string classes, string? id = null)
    {
        var handle = _next++;
        var name = _atoms.Intern(tag);
        _batch.CreateElement(handle, name, name);
        foreach (var c in classes.Split(' '))
        {
            _batch.AddClass(handle, _atoms.Intern(c));
        }

        // One or two utility classes on most elements, as templates tend to have.
        for (var u = _random.Next(0, 3); u > 0; u--)
        {
            _batch.AddClass(handle, _atoms.Intern(Utilities[_random.Next(Utilities.Length)]));
        }

        if (id is not null)
        {
            _batch.SetId(handle, id);
        }

        _batch.AppendChild(parent, handle);
        NodeCount++;
        return handle;
    }

    private uint TextElement(uint parent, string classes, string content)
    {
        var text = Element(parent, "text", classes);
        var node = _next++;
        _batch.CreateText(node, content);
        _batch.AppendChild(text, node);
        NodeCount++;
        return text;
    }

    /// <summary>
    /// <paramref name="count"/> rules: a hand-written app header (custom properties, theme,
    /// the toggled classes), then rules drawn from selector and declaration templates.
    /// </summary>
    public static string Wxss(int count)
    {
        var random = new Random(4);
        var sb = new StringBuilder();
        string[] fixedRules =
        [
            ".page { --theme-color: #07c160; --text-color: #333333; --card-bg: #ffffff; --gap: 24rpx; font-size: 28rpx; color: var(--text-color); background-color: #f5f5f5; }",
            ".section { margin: var(--gap) 24rpx 0; border-radius: 16rpx; background-color: var(--card-bg); overflow: hidden; box-shadow: 0 4rpx 12rpx rgba(0, 0, 0, 0.08); }",
            ".header { display: flex; justify-content: space-between; align-items: center; padding: 24rpx 32rpx; }",
            ".title { font-size: 32rpx; font-weight: bold; }",
            ".item { position: relative; display: flex; padding: 20rpx 32rpx; }",
            ".item::after { content: \"\"; position: absolute; left: 32rpx; right: 0; bottom: 0; height: 1px; background-color: #e5e5e5; transform: scaleY(0.5); }",
            ".item:last-child::after { content: none; }",
            ".avatar { width: 160rpx; height: 160rpx; border-radius: 8rpx; background-color: #eeeeee; }",
            ".content { flex: 1; margin-left: 20rpx; display: flex; flex-direction: column; }",
            ".desc { color: #999999; font-size: 24rpx; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }",
            ".price { color: #fa5151; font-size: 30rpx; }",
            ".tag { padding: 2rpx 8rpx; border: 1rpx solid var(--theme-color); border-radius: 4rpx; font-size: 20rpx; }",
            ".tag.active { color: #ffffff; background-color: var(--theme-color); }",
            ".active ~ .price { opacity: 0.6; }",
            ".btn-primary { display: block; margin: 24rpx; line-height: 80rpx; text-align: center; color: #ffffff; background-color: var(--theme-color, #07c160); border-radius: 40rpx; }",
            ".dark .section { background-color: #1f1f1f; }",
            ".dark .title { color: #eeeeee; }",
            ".dark .desc { color: #888888; }",
            ".dark .item::after { background-color: #2c2c2c; }",
            "view[data-type=\"banner\"] .item { padding: 12rpx 24rpx; }",
            "#page > .divider { height: 1rpx; background-color: #e5e5e5; }",
        ];
        foreach (var rule in fixedRules)
        {
            sb.AppendLine(rule);
        }

        for (var i = fixedRules.Length; i < count; i++)
        {
            sb.Append(Selector(random)).Append(" {");
            for (var d = random.Next(1, 5); d > 0; d--)
            {
                sb.Append(' ').Append(Declaration(random)).Append(';');
            }

            sb.AppendLine(" }");
        }

        return sb.ToString();
    }

    private static string Selector(Random r)
    {
        string Part() => "." + Parts[r.Next(Parts.Length)];
        string Utility() => "." + Utilities[r.Next(Utilities.Length)];
        return r.Next(12) switch
        {
            0 or 1 => Utility(),
            2 => Part() + Utility(),
            3 or 4 => Part() + " " + Part(),
            5 => Part() + " > " + Part(),
            6 => $"view[data-type=\"{SectionTypes[r.Next(SectionTypes.Length)]}\"] {Part()}",
            7 => $".item[data-index^=\"{r.Next(10)}\"] {Part()}",
            8 => Part() + r.Next(5) switch
            {
                0 => ":first-child",
                1 => ":last-child",
                2 => ":nth-child(2n+1)",
                3 => ":not(" + Utility() + ")",
                _ => ":active",
            },
            9 => "text" + Part(),
            10 => $"#s{r.Next(40)} {Part()}",
            _ => $".{RootClass} .{Themed[r.Next(Themed.Length)]}",
        };
    }

    private static string Declaration(Random r)
    {
        string Rpx(int max) => (r.Next(1, max) * 2).ToString(CultureInfo.InvariantCulture) + "rpx";
        string Hex() => "#" + r.Next(0x1000000).ToString("x6", CultureInfo.InvariantCulture);
        return r.Next(20) switch
        {
            0 => "width: " + Rpx(200),
            1 => "height: " + Rpx(100),
            2 => $"padding: {Rpx(20)} {Rpx(20)}",
            3 => "margin-top: " + Rpx(20),
            4 => "font-size: " + Rpx(20),
            5 => "color: " + Hex(),
            6 => "color: var(--text-color)",
            7 => "background-color: var(--card-bg, #ffffff)",
            8 => "display: flex",
            9 => "flex-direction: column",
            10 => "align-items: center",
            11 => "justify-content: space-between",
            12 => "border-radius: " + Rpx(16),
            13 => "border-bottom: 1rpx solid #eeeeee",
            14 => "line-height: 1.5",
            15 => "font-weight: bold",
            16 => "flex: 1",
            17 => "margin: 0 var(--gap)",
            18 => "opacity: 0.8",
            _ => "box-sizing: border-box",
        };
    }
}
