using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>wx APIs the embedding app answers through <see cref="IMiniProgramHost"/>: defaults, results, failures.</summary>
public class HostCapabilityTests
{
    private static string Package() => MiniProgramHarness.WritePackage(
        ("app.json", """{ "pages": ["pages/a/a"] }"""),
        ("pages/a/a.wxml", "<view>a</view>\n"),
        ("pages/a/a.js", "Page({});\n"));

    [Fact]
    public async Task Without_a_host_every_capability_fails_with_not_provided_in_a_later_task()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync("""
            globalThis.out = [];
            wx.login({ success: () => out.push('ok?'), fail: (e) => out.push(e.errMsg), complete: () => out.push('complete') });
            out.push('after the call');
            for (const name of ['requestPayment', 'shareAppMessage', 'scanCode', 'getUserProfile', 'getUserInfo', 'chooseImage', 'makePhoneCall', 'setClipboardData', 'getClipboardData']) {
              const args = { timeStamp: '1', nonceStr: 'n', package: 'p', paySign: 's', desc: 'why', phoneNumber: '10086', data: 'x' };
              wx[name](args).then(() => out.push(name + ' ok?'), (e) => out.push(e.errMsg));
            }
            """);
        var output = await mp.WaitForAsync("out.length === 12 ? JSON.stringify(out) : undefined");
        Assert.Equal(
            "[\"after the call\",\"login:fail not provided by this host\",\"complete\",\"requestPayment:fail not provided by this host\",\"shareAppMessage:fail not provided by this host\","
            + "\"scanCode:fail not provided by this host\",\"getUserProfile:fail not provided by this host\",\"getUserInfo:fail not provided by this host\",\"chooseImage:fail not provided by this host\","
            + "\"makePhoneCall:fail not provided by this host\",\"setClipboardData:fail not provided by this host\",\"getClipboardData:fail not provided by this host\"]",
            output);
        Assert.Empty(mp.Errors());
    }

    [Fact]
    public async Task A_host_answers_with_WeChat_shaped_results()
    {
        var host = new FakeHost();
        using var mp = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { Host = host });
        await mp.RunAsync("""
            globalThis.r = {};
            wx.login().then((x) => { r.login = x.errMsg + ' ' + x.code; });
            wx.setClipboardData({ data: '复制' }).then(() => wx.getClipboardData()).then((x) => { r.clip = x.errMsg + ' ' + x.data; });
            wx.scanCode({ scanType: ['qrCode'] }).then((x) => { r.scan = [x.errMsg, x.result, x.scanType, x.charSet].join(' '); });
            wx.chooseImage({ count: 2, sourceType: ['camera'] }).then((x) => { r.images = x.tempFilePaths.join(',') + ' ' + x.tempFiles[1].size; });
            wx.getUserProfile({ desc: 'show your name' }).then((x) => { r.user = x.userInfo.nickName + ' ' + x.userInfo.gender + ' ' + JSON.parse(x.rawData).avatarUrl; });
            wx.requestPayment({ timeStamp: '1', nonceStr: 'n', package: 'prepay_id=1', paySign: 's' }).catch((e) => { r.pay = e.errMsg; });
            """);
        var result = await mp.WaitForAsync("Object.keys(r).length === 6 ? JSON.stringify(Object.keys(r).sort().map((k) => r[k])) : undefined");
        Assert.Equal(
            "[\"getClipboardData:ok 复制\",\"wxfile://tmp_1.png,wxfile://tmp_2.png 20\",\"login:ok code-1\",\"requestPayment:fail cancel\",\"scanCode:ok hello qrCode utf-8\",\"小明 2 https://a/b.png\"]",
            result);
        Assert.Equal("qrCode|camera 2|show your name|prepay_id=1", string.Join("|", host.Seen));
        Assert.Empty(mp.Errors());
    }

    [Fact]
    public async Task A_host_that_throws_fails_the_call_with_a_diagnostic_and_the_runtime_goes_on()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { Host = new FakeHost() });
        await mp.RunAsync("""
            globalThis.r = [];
            wx.makePhoneCall({ phoneNumber: '10086', fail: (e) => r.push(e.errMsg) });
            wx.makePhoneCall({}).catch((e) => r.push(e.errMsg));
            """);
        Assert.Equal(
            "[\"makePhoneCall:fail line busy\",\"makePhoneCall:fail parameter error: parameter.phoneNumber should be String instead of Undefined;\"]",
            await mp.WaitForAsync("r.length === 2 ? JSON.stringify(r) : undefined"));
        var error = Assert.Single(mp.Errors());
        Assert.Equal(MiniProgramDiagnosticCodes.HostCapabilityFailed, error.Code);
        Assert.Contains("InvalidOperationException: line busy", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await mp.RunAsync("1 + 1")).Number);
    }

    [Fact]
    public async Task A_result_the_host_finishes_later_arrives_later()
    {
        var host = new FakeHost();
        using var mp = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { Host = host });
        await mp.RunAsync("globalThis.shared = null; wx.shareAppMessage({ title: 't', path: '/pages/a/a', success: (x) => { shared = x.errMsg; } })");
        Assert.True((await mp.RunAsync("shared === null")).AsBoolean);
        host.Share.SetResult();
        Assert.Equal("shareAppMessage:ok", await mp.WaitForAsync("shared"));
        Assert.Equal("t /pages/a/a", host.Shared);
    }

    private sealed class FakeHost : IMiniProgramHost
    {
        private string _clipboard = string.Empty;

        public List<string> Seen { get; } = [];

        public TaskCompletionSource Share { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string? Shared { get; private set; }

        public Task<string> LoginAsync(CancellationToken cancellationToken) => Task.FromResult("code-1");

        public Task SetClipboardDataAsync(string data, CancellationToken cancellationToken)
        {
            _clipboard = data;
            return Task.CompletedTask;
        }

        public Task<string> GetClipboardDataAsync(CancellationToken cancellationToken) => Task.FromResult(_clipboard);

        public async Task<ScanCodeResult> ScanCodeAsync(ScanCodeRequest request, CancellationToken cancellationToken)
        {
            Seen.Add(string.Join(",", request.ScanTypes));
            await Task.Delay(5, cancellationToken);
            return new ScanCodeResult("hello", "qrCode");
        }

        public Task<IReadOnlyList<ChosenFile>> ChooseImageAsync(ChooseImageRequest request, CancellationToken cancellationToken)
        {
            Seen.Add(string.Join(",", request.SourceTypes) + " " + request.Count);
            return Task.FromResult<IReadOnlyList<ChosenFile>>([new("wxfile://tmp_1.png", 10), new("wxfile://tmp_2.png", 20)]);
        }

        public Task<UserProfile> GetUserProfileAsync(string? reason, CancellationToken cancellationToken)
        {
            Seen.Add(reason ?? "(none)");
            return Task.FromResult(new UserProfile("小明", "https://a/b.png", Gender: 2));
        }

        public Task RequestPaymentAsync(PaymentRequest request, CancellationToken cancellationToken)
        {
            Seen.Add(request.Package);
            throw new MiniProgramHostException("cancel");
        }

        public Task MakePhoneCallAsync(string phoneNumber, CancellationToken cancellationToken) =>
            Task.FromException(new InvalidOperationException("line busy"));

        public async Task ShareAppMessageAsync(ShareMessage message, CancellationToken cancellationToken)
        {
            Shared = message.Title + " " + message.Path;
            await Share.Task;
        }
    }
}
