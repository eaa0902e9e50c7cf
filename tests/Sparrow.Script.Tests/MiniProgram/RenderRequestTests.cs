using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// The logic side of render requests (docs/queries.md): what crosses for a page, a query and
/// pageScrollTo, how answers settle callbacks, and what the base library does with no render side.
/// The render side's answers themselves are tested in Sparrow.Host.Tests/Queries.
/// </summary>
public sealed class RenderRequestTests
{
    private static readonly (string, string)[] Files =
    [
        ("app.json", """{ "pages": ["pages/a/a"], "window": { "onReachBottomDistance": 80 } }"""),
        ("app.js", "App({ globalData: { log: [] } });"),
        ("pages/a/a.wxml", """<view id="x" data-k="v" class="c">x</view><view class="c">y</view>"""),
        ("pages/a/a.js", "Page({ onPageScroll() {} });"),
    ];

    [Fact]
    public async Task A_page_says_which_scroll_events_it_wants_and_an_exec_sends_one_query_whose_answer_runs_the_callbacks_in_order()
    {
        var requests = new ConcurrentQueue<RenderRequest>();
        using var harness = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(Files), new MiniProgramRuntimeOptions { OnRenderRequest = requests.Enqueue });
        var config = Assert.Single(requests);
        Assert.Equal("pageConfig", config.Kind);
        Assert.Equal(0, config.Id);
        Assert.Equal("""{"pageScroll":true,"reachBottom":false,"reachBottomDistance":80}""", config.Json);

        requests.Clear();
        await harness.RunAsync("""
            wx.createSelectorQuery().select('#x').boundingClientRect((r) => getApp().globalData.log.push('one ' + JSON.stringify(r)))
              .selectAll('.c').fields({ id: true, computedStyle: ['marginTop'] }, (r) => getApp().globalData.log.push('all ' + JSON.stringify(r)))
              .exec((res) => getApp().globalData.log.push('exec ' + res.length));
            """);
        var query = Assert.Single(requests);
        Assert.Equal("query", query.Kind);
        Assert.Equal(config.PageId, query.PageId);
        using (var doc = JsonDocument.Parse(query.Json))
        {
            var items = doc.RootElement.GetProperty("items");
            Assert.Equal(2, items.GetArrayLength());
            Assert.Equal(1, items[0].GetProperty("nodes").GetArrayLength());
            Assert.Equal(2, items[1].GetProperty("nodes").GetArrayLength());
            Assert.True(items[0].GetProperty("nodes")[0].GetInt32() > 1); // a backend handle, not the root
            Assert.Equal("margin-top", items[1].GetProperty("computedStyle")[0].GetString());
        }

        Assert.Empty(await harness.TakeLogAsync()); // nothing runs before the render side answers
        await harness.Runtime.AnswerRenderRequest(query.Id, """
            [[{"left":1,"top":2,"right":4,"bottom":6,"width":3,"height":4}],
             [{"computedStyle":{"margin-top":"5px"}},{"computedStyle":{"margin-top":"0px"}}]]
            """);
        await harness.SettleAsync();
        Assert.Equal(
            [
                """one {"id":"x","dataset":{"k":"v"},"left":1,"top":2,"right":4,"bottom":6,"width":3,"height":4}""",
                """all [{"id":"x","marginTop":"5px"},{"id":"","marginTop":"0px"}]""",
                "exec 2",
            ],
            await harness.TakeLogAsync());
    }

    [Fact]
    public async Task PageScrollTo_crosses_with_the_selected_handle_and_succeeds_when_answered()
    {
        var requests = new ConcurrentQueue<RenderRequest>();
        using var harness = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(Files), new MiniProgramRuntimeOptions { OnRenderRequest = requests.Enqueue });
        requests.Clear();
        await harness.RunAsync("wx.pageScrollTo({ selector: '#x', offsetTop: 5, success: (r) => getApp().globalData.log.push(r.errMsg) })");
        var scroll = Assert.Single(requests);
        Assert.Equal("scrollTo", scroll.Kind);
        Assert.Matches("""^\{"duration":300,"handle":\d+,"offsetTop":5\}$""", scroll.Json);
        Assert.Empty(await harness.TakeLogAsync());
        await harness.Runtime.AnswerRenderRequest(scroll.Id, "{}");
        await harness.SettleAsync();
        Assert.Equal(["pageScrollTo:ok"], await harness.TakeLogAsync());
    }

    [Fact]
    public async Task Without_a_render_side_queries_answer_the_logic_side_fields_and_zeros()
    {
        using var harness = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(Files));
        await harness.RunAsync("""
            wx.createSelectorQuery().select('#x').boundingClientRect().select('#none').boundingClientRect()
              .exec((res) => getApp().globalData.log.push(JSON.stringify(res)));
            wx.pageScrollTo({ scrollTop: 10 }).then((r) => getApp().globalData.log.push(r.errMsg));
            """);
        var log = await harness.TakeLogAsync();
        Assert.Equal(
            ["""[{"id":"x","dataset":{"k":"v"},"left":0,"top":0,"right":0,"bottom":0,"width":0,"height":0},null]""", "pageScrollTo:ok"],
            log.OrderBy(l => l.StartsWith('p')).ToArray());
        Assert.Empty(harness.Errors());
    }
}
