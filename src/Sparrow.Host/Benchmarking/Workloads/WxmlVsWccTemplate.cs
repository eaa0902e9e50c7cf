using System.Globalization;
using System.IO;
using System.Text;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// The template and data of the wxml-vs-wcc workload: a product list as mini programs write it, a
/// <c>wx:for</c> over <see cref="Items"/> rows, each using an imported <c>&lt;template&gt;</c>, a nested
/// <c>wx:for</c> of tags under <c>wx:if</c>/<c>wx:elif</c>/<c>wx:else</c>, class and data bindings, and
/// an <c>&lt;include&gt;</c>d footer. Kept here rather than as files so the workload runs without a
/// checkout (the peer then reports itself unavailable); the files written are the same for both engines.
/// </summary>
internal static class WxmlVsWccTemplate
{
    public const int Items = 1000;

    /// <summary>The page's path, relative to the folder the files are written to.</summary>
    public const string Page = "list.wxml";

    private const string List = """
        <import src="item.wxml"/>
        <view class="page">
          <view class="header">
            <text class="title">{{title}}</text>
            <text class="count">{{items.length}} items</text>
          </view>
          <view class="list">
            <view wx:for="{{items}}" wx:key="id" class="row {{item.done ? 'row-done' : ''}}" data-id="{{item.id}}">
              <template is="item" data="{{item: item, index: index}}"/>
              <view wx:if="{{item.tags.length > 0}}" class="tags">
                <text wx:for="{{item.tags}}" wx:for-item="tag" wx:key="*this" class="tag">{{tag}}</text>
              </view>
              <view wx:elif="{{item.done}}" class="state">done</view>
              <view wx:else class="state">no tags</view>
            </view>
          </view>
          <include src="footer.wxml"/>
        </view>
        """;

    private const string Item = """
        <template name="item">
          <image class="thumb" src="{{item.thumb}}" mode="aspectFill"/>
          <view class="body">
            <text class="name">{{index + 1}}. {{item.name}}</text>
            <text class="price {{item.price > 50 ? 'dear' : ''}}">¥{{item.price}}</text>
          </view>
        </template>
        """;

    private const string Footer = """
        <view class="footer">
          <text>{{footer}}</text>
        </view>
        """;

    /// <summary>Writes list.wxml, item.wxml and footer.wxml into <paramref name="directory"/>.</summary>
    public static void WriteFiles(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "list.wxml"), List);
        File.WriteAllText(Path.Combine(directory, "item.wxml"), Item);
        File.WriteAllText(Path.Combine(directory, "footer.wxml"), Footer);
    }

    /// <summary>The page data as a JSON object literal: deterministic, with every branch of the template taken.</summary>
    public static string DataJson()
    {
        var json = new StringBuilder("{\"title\":\"Products\",\"footer\":\"The end of the list\",\"items\":[");
        string[] tags = ["new", "sale", "hot", "eco"];
        for (var i = 0; i < Items; i++)
        {
            json.Append(i == 0 ? "{" : ",{").Append(CultureInfo.InvariantCulture, $"\"id\":{i},\"name\":\"item {i}\",\"done\":{(i % 3 == 0 ? "true" : "false")},")
                .Append(CultureInfo.InvariantCulture, $"\"price\":{(i * 37 % 100) + 0.5},\"thumb\":\"/img/{i % 10}.png\",\"tags\":[");
            // i % 4: 0 tags (then done or not: the elif and else branches), 1, 2 or 3 tags.
            for (var t = 0; t < i % 4; t++)
            {
                json.Append(t == 0 ? "\"" : ",\"").Append(tags[(i + t) % tags.Length]).Append('"');
            }

            json.Append("]}");
        }

        return json.Append("]}").ToString();
    }
}
