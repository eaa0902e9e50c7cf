using System.IO;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>wx storage: WeChat's API shapes and limits, on durable, atomically written files.</summary>
public class StorageTests
{
    private static string Package() => MiniProgramHarness.WritePackage(
        ("app.json", """{ "pages": ["pages/a/a"] }"""),
        ("pages/a/a.wxml", "<view>a</view>\n"),
        ("pages/a/a.js", "Page({});\n"));

    [Fact]
    public async Task Values_round_trip_with_their_types_and_survive_a_restart()
    {
        var package = Package();
        var storage = Js.TempDir();
        var options = new MiniProgramRuntimeOptions { StorageDirectory = storage };
        using (var first = await MiniProgramHarness.StartAsync(package, options))
        {
            await first.RunAsync("""
                wx.setStorageSync('user', { name: '小明', tags: ['a', 1, true, null] });
                wx.setStorageSync('when', new Date(86400000));
                wx.setStorageSync('n', 42);
                wx.setStorageSync('gone', 'x');
                wx.removeStorageSync('gone');
                """);
        }

        Assert.Empty(Directory.GetFiles(storage, "*.tmp", SearchOption.AllDirectories));
        using var second = await MiniProgramHarness.StartAsync(package, options);
        Assert.Equal("{\"name\":\"小明\",\"tags\":[\"a\",1,true,null]}", (await second.RunAsync("JSON.stringify(wx.getStorageSync('user'))")).Text);
        Assert.True((await second.RunAsync("wx.getStorageSync('when') instanceof Date && wx.getStorageSync('when').getTime() === 86400000")).AsBoolean);
        Assert.Equal(42, (await second.RunAsync("wx.getStorageSync('n')")).Number);
        Assert.Equal(string.Empty, (await second.RunAsync("wx.getStorageSync('gone')")).Text);
        Assert.Equal("[\"n\",\"user\",\"when\"]", (await second.RunAsync("JSON.stringify(wx.getStorageInfoSync().keys.sort())")).Text);
        Assert.Equal(10240, (await second.RunAsync("wx.getStorageInfoSync().limitSize")).Number);
        await second.RunAsync("wx.clearStorageSync()");
        Assert.Equal(0, (await second.RunAsync("wx.getStorageInfoSync().keys.length")).Number);
        Assert.Empty(Directory.GetFiles(storage, "*.kv", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task One_value_may_hold_at_most_one_MiB()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        var error = await mp.Runtime.EvaluateAsync("wx.setStorageSync('big', 'x'.repeat(1024 * 1024))");
        Assert.Equal("Error: setStorageSync:fail exceed storage item max length", error.Error!.Message);
        await mp.RunAsync("wx.setStorageSync('fits', 'x'.repeat(1024 * 1024 - 100))");
        Assert.Equal(0, (await mp.RunAsync("wx.getStorageSync('big') === '' ? 0 : 1")).Number);
    }

    [Fact]
    public async Task The_app_may_hold_at_most_ten_MiB_and_async_forms_report_it()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync("for (let i = 0; i < 10; i++) wx.setStorageSync('k' + i, 'x'.repeat(1000 * 1000));");
        await mp.RunAsync("""
            globalThis.out = [];
            wx.setStorage({ key: 'k10', data: 'x'.repeat(1000 * 1000), fail: (e) => out.push(e.errMsg), complete: () => out.push('complete') });
            wx.getStorage({ key: 'k3' }).then((r) => out.push('got ' + r.data.length + ' ' + r.errMsg));
            wx.getStorage({ key: 'nope' }).catch((e) => out.push(e.errMsg));
            wx.setStorage({ key: 5, data: 1 }).catch((e) => out.push(e.errMsg));
            """);
        Assert.Equal(
            "[\"setStorage:fail exceed storage max size 10MB\",\"complete\",\"got 1000000 getStorage:ok\",\"getStorage:fail data not found\",\"setStorage:fail parameter error: parameter.key should be String instead of Number;\"]",
            (await mp.RunAsync("JSON.stringify(out)")).Text);
        // Replacing a value counts only the difference.
        await mp.RunAsync("wx.setStorageSync('k0', 'y'.repeat(1000 * 1000))");
    }

    [Fact]
    public async Task A_corrupt_entry_is_skipped_with_a_diagnostic()
    {
        var package = Package();
        var storage = Js.TempDir();
        var options = new MiniProgramRuntimeOptions { StorageDirectory = storage };
        using (var first = await MiniProgramHarness.StartAsync(package, options))
        {
            await first.RunAsync("wx.setStorageSync('a', 1); wx.setStorageSync('b', 2);");
        }

        var files = Directory.GetFiles(storage, "*.kv", SearchOption.AllDirectories);
        File.WriteAllBytes(files[0], [0xff, 0xff]);
        using var second = await MiniProgramHarness.StartAsync(package, options);
        Assert.Contains(second.Diagnostics.Snapshot(), d => d.Code == MiniProgramDiagnosticCodes.StorageFailed);
        Assert.Equal(1, (await second.RunAsync("wx.getStorageInfoSync().keys.length")).Number);
    }
}
