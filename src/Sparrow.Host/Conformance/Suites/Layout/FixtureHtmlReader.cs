using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>
/// Reads the element tree under <c>id="test-root"</c> from a fixture. Not an HTML parser: fixtures are
/// written by tools/fixturekit.py as nested <c>div</c>/<c>span</c> elements with inline styles only, and
/// anything else is a fixture bug this reader reports.
/// </summary>
internal static partial class FixtureHtmlReader
{
    public static FixtureElement Read(string html)
    {
        var start = html.IndexOf("id=\"test-root\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new FormatException("fixture has no element with id=\"test-root\"");
        }

        start = html.LastIndexOf('<', start);
        var stack = new Stack<FixtureElement>();
        FixtureElement? root = null;
        foreach (Match m in TagPattern().Matches(html, start))
        {
            if (m.Groups["close"].Success)
            {
                var closed = stack.Pop();
                if (closed.Tag != m.Groups["name"].Value)
                {
                    throw new FormatException($"</{m.Groups["name"].Value}> closes <{closed.Tag}>");
                }

                if (stack.Count == 0)
                {
                    break;
                }

                continue;
            }

            var tag = m.Groups["name"].Value;
            if (tag is not ("div" or "span"))
            {
                throw new FormatException($"unsupported element <{tag}> in fixture");
            }

            var style = StylePattern().Match(m.Groups["attrs"].Value);
            var element = new FixtureElement(tag, style.Success ? style.Groups[1].Value : string.Empty);
            if (stack.Count > 0)
            {
                stack.Peek().Children.Add(element);
            }
            else
            {
                root = element;
            }

            stack.Push(element);
        }

        return root ?? throw new FormatException("test-root not found");
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-z]+)(?<attrs>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("style=\"([^\"]*)\"")]
    private static partial Regex StylePattern();
}
