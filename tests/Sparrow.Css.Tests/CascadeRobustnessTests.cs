using System;
using System.Linq;
using System.Text;
using Sparrow.Dom;
using Xunit;

namespace Sparrow.Css.Tests;

/// <summary>Fuzz-ish: random stylesheets over random trees and random mutations never throw.</summary>
public class CascadeRobustnessTests
{
    private static readonly string[] Selectors =
    [
        "view", ".a", ".b", "#x", "*", "[k]", "[k=v]", ".a .b", ".a > .b", ".a + .b", ".a ~ .b", ":first-child", ":nth-child(2n+1)",
        ":not(.a)", ":is(.a, .b)", ":empty", ":host", ".a::before", ".b::after", "text:last-of-type", "page", ":root",
    ];

    private static readonly string[] Values =
    [
        "1px", "-2em", "50%", "calc(1px + 10%)", "calc(1px / 0)", "max(1px, 2em)", "clamp(1px, 50%, 3px)", "var(--x)", "var(--x, 3rpx)",
        "env(safe-area-inset-top)", "red", "currentcolor", "inherit", "initial", "unset", "auto", "none", "0", "1.5", "bold",
        "solid", "flex", "\"text\"", "url(a.png)", "linear-gradient(red, blue)", "1px solid red", "2 1 0%", "italic 12px/1.5 serif",
        "opacity 1s", "10rpx 20rpx", "var(--y) var(--x)", "calc(var(--n) * 1px)",
    ];

    [Fact]
    public void Random_styles_and_mutations_never_throw()
    {
        var properties = CssProperties.All.ToArray().Select(p => p.Name)
            .Concat(["margin", "padding", "border", "flex", "font", "background", "transition", "animation", "gap", "overflow", "--x", "--y", "--n", "zoom"]).ToArray();
        for (var seed = 0; seed < 20; seed++)
        {
            var rng = new Random(seed);
            var css = new StringBuilder();
            for (var r = 0; r < 40; r++)
            {
                css.Append(Selectors[rng.Next(Selectors.Length)]).Append(" { ");
                for (var d = rng.Next(1, 5); d > 0; d--)
                {
                    css.Append(properties[rng.Next(properties.Length)]).Append(": ").Append(Values[rng.Next(Values.Length)]).Append(rng.Next(8) == 0 ? " !important; " : "; ");
                }

                css.Append("} ");
            }

            var f = new CssFixture(StyleEnvironment.Default with { Renderer = seed % 2 == 0 ? RendererKind.WebView : RendererKind.Skyline }).Css(css.ToString(), seed % 3 - 1);
            for (var round = 0; round < 15; round++)
            {
                for (var k = 0; k < 10; k++)
                {
                    uint H() => (uint)rng.Next(1, 30);
                    switch (rng.Next(8))
                    {
                        case 0: f.Batch.CreateElement(H(), f.A(rng.Next(2) == 0 ? "view" : "text"), f.A("view")); break;
                        case 1: f.Batch.AppendChild(H(), H()); break;
                        case 2: f.Batch.AddClass(H(), f.A(rng.Next(2) == 0 ? "a" : "b"), rng.Next(-1, 2)); break;
                        case 3: f.Batch.RemoveClass(H(), f.A("a")); break;
                        case 4: f.Batch.SetId(H(), rng.Next(2) == 0 ? "x" : string.Empty); break;
                        case 5: f.Batch.SetStyle(H(), $"{properties[rng.Next(properties.Length)]}: {Values[rng.Next(Values.Length)]}"); break;
                        case 6: f.Batch.SetAttribute(H(), f.A("k"), rng.Next(2) == 0 ? "v" : "w"); break;
                        default: f.Batch.RemoveChild(H(), H()); break;
                    }
                }

                f.Run();
            }

            // Every live element has a computed display after the last pass.
            for (var n = 0; n < f.Store.SlotCount; n++)
            {
                if (f.Store.Kind[n] is NodeKind.Element or NodeKind.Root && f.Store.IsConnected(n))
                {
                    Assert.NotEqual(CssValueKind.None, f.Cascade.Styles.Get(CssProperties.Display, n).Kind);
                }
            }
        }
    }
}
