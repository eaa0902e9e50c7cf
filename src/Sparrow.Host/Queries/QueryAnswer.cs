using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Queries;

/// <summary>
/// Answers one <c>query</c> request (one <c>SelectorQuery.exec</c>, docs/queries.md):
/// <c>{"items":[{"nodes":[handle,…]|null,"rect":bool,"scrollOffset":bool,"computedStyle":[name,…]}]}</c>
/// becomes one array per item with one object per node (the viewport for <c>null</c>):
/// <c>left/top/right/bottom/width/height</c> in client coordinates, <c>scrollLeft/scrollTop/
/// scrollWidth/scrollHeight</c>, <c>computedStyle</c> by name; <c>null</c> for a node with no box.
/// Precondition: the page's layout is up to date. Render thread.
/// </summary>
public static class QueryAnswer
{
    public static string Write(PageDocument page, string requestJson, float scrollY, Size viewport)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(requestJson);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        using (var request = JsonDocument.Parse(requestJson))
        {
            json.WriteStartArray();
            if (request.RootElement.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    WriteItem(json, page, item, scrollY, viewport);
                }
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteItem(Utf8JsonWriter json, PageDocument page, JsonElement item, float scrollY, Size viewport)
    {
        var rect = item.TryGetProperty("rect", out var r) && r.ValueKind == JsonValueKind.True;
        var scroll = item.TryGetProperty("scrollOffset", out var s) && s.ValueKind == JsonValueKind.True;
        var styles = new List<string>();
        if (item.TryGetProperty("computedStyle", out var c) && c.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in c.EnumerateArray())
            {
                styles.Add(name.GetString() ?? string.Empty);
            }
        }

        json.WriteStartArray();
        if (!item.TryGetProperty("nodes", out var nodes) || nodes.ValueKind != JsonValueKind.Array)
        {
            // The viewport: the window, scrolled by the page's offset over the page's height.
            json.WriteStartObject();
            WriteRect(json, new Rect(0, 0, viewport.Width, viewport.Height));
            WriteScroll(json, scrollY, new Size(viewport.Width, page.ContentHeight));
            json.WriteEndObject();
        }
        else
        {
            foreach (var node in nodes.EnumerateArray())
            {
                var handle = node.TryGetInt32(out var h) ? h : 0;
                if (PageGeometry.ClientRect(page, handle, scrollY) is not { } box)
                {
                    json.WriteNullValue();
                    continue;
                }

                json.WriteStartObject();
                if (rect)
                {
                    WriteRect(json, box);
                }

                if (scroll)
                {
                    WriteScroll(json, 0, PageGeometry.ScrollExtent(page, handle));
                }

                if (styles.Count > 0)
                {
                    json.WriteStartObject("computedStyle");
                    foreach (var name in styles)
                    {
                        json.WriteString(name, PageGeometry.ComputedValue(page, handle, name));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    /// <summary>A client rectangle as WeChat's boundingClientRect gives it.</summary>
    internal static void WriteRect(Utf8JsonWriter json, Rect box)
    {
        json.WriteNumber("left", Round(box.Left));
        json.WriteNumber("top", Round(box.Top));
        json.WriteNumber("right", Round(box.Right));
        json.WriteNumber("bottom", Round(box.Bottom));
        json.WriteNumber("width", Round(box.Width));
        json.WriteNumber("height", Round(box.Height));
    }

    private static void WriteScroll(Utf8JsonWriter json, float scrollTop, Size extent)
    {
        json.WriteNumber("scrollLeft", 0);
        json.WriteNumber("scrollTop", Round(scrollTop));
        json.WriteNumber("scrollWidth", Round(extent.Width));
        json.WriteNumber("scrollHeight", Round(extent.Height));
    }

    /// <summary>Layout's values to 1/1000 px, so float noise never reaches JS.</summary>
    internal static double Round(float value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
