using System;
using System.IO;
using System.Text;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>Mini program packages the macro workloads run, written into a temporary folder once per run.</summary>
internal static class BenchPackages
{
    /// <summary>One page with a <c>wx:for</c> of <paramref name="items"/> rows, each a view with a class, a binding and a nested text.</summary>
    public static string List(int items)
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-bench-list-" + Environment.ProcessId + "-" + items);
        Directory.CreateDirectory(Path.Combine(root, "pages", "list"));
        File.WriteAllText(Path.Combine(root, "app.json"), """{ "pages": ["pages/list/list"] }""");
        File.WriteAllText(Path.Combine(root, "app.js"), "App({});");
        var data = new StringBuilder("[");
        for (var i = 0; i < items; i++)
        {
            data.Append(i == 0 ? string.Empty : ",").Append("{\"id\":").Append(i).Append(",\"name\":\"item ").Append(i).Append("\",\"done\":").Append(i % 3 == 0 ? "true" : "false").Append('}');
        }

        File.WriteAllText(Path.Combine(root, "pages", "list", "list.js"), $"Page({{ data: {{ list: {data}] }} }});");
        File.WriteAllText(Path.Combine(root, "pages", "list", "list.wxml"),
            """<view class="list"><view wx:for="{{list}}" wx:key="id" class="row {{item.done ? 'done' : ''}}" data-id="{{item.id}}"><text class="name">{{item.name}}</text><text class="mark">{{item.done ? '✓' : ''}}</text></view></view>""");
        File.WriteAllText(Path.Combine(root, "pages", "list", "list.wxss"), ".row { display: flex; padding: 16rpx; } .done .name { color: #999; }");
        return root;
    }
}
