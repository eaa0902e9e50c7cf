using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// <see cref="Sparrow.Script.MiniProgram.MiniProgramRuntime.DispatchTouchAsync"/>: one crossing gives
/// glass-easel's event the fields WeChat handlers read (timeStamp, touches, changedTouches, detail)
/// and the targets their offsetLeft/offsetTop.
/// </summary>
public class TouchDispatchTests
{
    private const string Wxml = """
        <view id="outer" data-k="o" bindtouchstart="log" bindtap="log">
          <view id="inner" mark:m="{{7}}" bindtap="log">x</view>
        </view>
        """;

    private const string PageJs = """
        Page({
          log(e) {
            const t = e.changedTouches[0];
            globalThis.__seen = (globalThis.__seen || []).concat(
              `${e.type} ${e.target.id}>${e.currentTarget.id} t=${e.timeStamp} d=${e.detail.x},${e.detail.y} ` +
              `n=${e.touches.length} c=${t.identifier}:${t.pageX},${t.pageY}/${t.clientX},${t.clientY} ` +
              `off=${e.currentTarget.offsetLeft},${e.currentTarget.offsetTop} mark=${JSON.stringify(e.mark)}`);
          },
        });
        """;

    [Fact]
    public async Task A_touch_event_carries_wechats_fields_and_bubbles_as_a_tap_does()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/index/index"] }"""),
            ("app.js", "App({});"),
            ("pages/index/index.wxml", Wxml),
            ("pages/index/index.js", PageJs)));
        var inner = (int)(await mp.RunAsync("[...__sparrowHost.currentSink().nodes.values()].find((n) => n.id && n.id.endsWith('inner')).handle")).Number;
        var outer = (int)(await mp.RunAsync("[...__sparrowHost.currentSink().nodes.values()].find((n) => n.id && n.id.endsWith('outer')).handle")).Number;
        var touch = "{\"timeStamp\":120,\"detail\":{\"x\":5,\"y\":306},\"touches\":[{\"identifier\":0,\"pageX\":5,\"pageY\":306,\"clientX\":5,\"clientY\":6}],"
            + "\"changedTouches\":[{\"identifier\":0,\"pageX\":5,\"pageY\":306,\"clientX\":5,\"clientY\":6}],"
            + $"\"offsets\":[{inner},0,300,{outer},0,290]}}";
        Assert.True(await mp.Runtime.DispatchTouchAsync(inner, "touchstart", touch));
        Assert.True(await mp.Runtime.DispatchTouchAsync(inner, "tap", touch.Replace("\"touches\":[{\"identifier\":0,\"pageX\":5,\"pageY\":306,\"clientX\":5,\"clientY\":6}]", "\"touches\":[]", System.StringComparison.Ordinal)));
        Assert.Equal(
            """
            ["touchstart inner>outer t=120 d=5,306 n=1 c=0:5,306/5,6 off=0,290 mark={\"m\":7}","tap inner>inner t=120 d=5,306 n=0 c=0:5,306/5,6 off=0,300 mark={\"m\":7}","tap inner>outer t=120 d=5,306 n=0 c=0:5,306/5,6 off=0,290 mark={\"m\":7}"]
            """,
            (await mp.RunAsync("JSON.stringify(globalThis.__seen)")).Text);
        Assert.False(await mp.Runtime.DispatchTouchAsync(9999, "tap", touch));
        Assert.Empty(mp.Errors());
    }
}
