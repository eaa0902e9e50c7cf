using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>wx.request over HttpClient against a server on 127.0.0.1: shapes, errMsg forms, abort, timeout, domain list.</summary>
public class RequestTests
{
    private static string Package() => MiniProgramHarness.WritePackage(
        ("app.json", """{ "pages": ["pages/a/a"] }"""),
        ("pages/a/a.wxml", "<view>a</view>\n"),
        ("pages/a/a.js", "Page({});\n"));

    [Fact]
    public async Task Get_sends_data_as_a_query_string_and_parses_the_json_answer_in_a_later_task()
    {
        using var server = new LocalHttpServer();
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync($$"""
            globalThis.out = [];
            globalThis.task = wx.request({
              url: '{{server.Url}}/echo',
              data: { q: '麻雀 sparrow', n: 1 },
              header: { 'X-Custom': 'yes' },
              success: (r) => out.push(`${r.errMsg} ${r.statusCode} ${r.data.method} ${r.data.query} ${r.data.custom} ${r.header['X-Server']}`),
              complete: (r) => out.push('complete'),
            });
            out.push('sync ' + typeof task.abort);
            """);
        Assert.Equal(
            "[\"sync function\",\"request:ok 200 GET ?q=%E9%BA%BB%E9%9B%80%20sparrow&n=1 yes sparrow-test\",\"complete\"]",
            await mp.WaitForAsync("out.length === 3 ? JSON.stringify(out) : undefined"));
    }

    [Fact]
    public async Task Post_sends_objects_as_json_or_form_and_keeps_text_that_is_not_json()
    {
        using var server = new LocalHttpServer();
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync($$"""
            globalThis.r = {};
            wx.request({ url: '{{server.Url}}/echo', method: 'post', data: { a: [1, 2] }, success: (x) => { r.json = x.data.method + ' ' + x.data.type + ' ' + x.data.body; } });
            wx.request({ url: '{{server.Url}}/echo', method: 'PUT', header: { 'content-type': 'application/x-www-form-urlencoded' }, data: { a: 'b c', d: 1 },
              success: (x) => { r.form = x.data.method + ' ' + x.data.type + ' ' + x.data.body; } });
            wx.request({ url: '{{server.Url}}/echo', dataType: 'text', success: (x) => { r.raw = typeof x.data; } });
            wx.request({ url: '{{server.Url}}/text', success: (x) => { r.text = x.data; } });
            wx.request({ url: '{{server.Url}}/missing', success: (x) => { r.missing = x.errMsg + ' ' + x.statusCode + ' ' + x.data.error; } });
            """);
        Assert.Equal(
            "[\"PUT application/x-www-form-urlencoded a=b%20c&d=1\",\"POST application/json {\\\"a\\\":[1,2]}\",\"request:ok 404 not found\",\"string\",\"plain 文本\"]",
            await mp.WaitForAsync("Object.keys(r).length === 5 ? JSON.stringify(Object.keys(r).sort().map((k) => r[k])) : undefined"));
    }

    [Fact]
    public async Task An_arraybuffer_response_arrives_as_an_ArrayBuffer_after_its_headers()
    {
        using var server = new LocalHttpServer();
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync($$"""
            globalThis.out = [];
            const task = wx.request({ url: '{{server.Url}}/bin', responseType: 'arraybuffer',
              success: (x) => { const b = new Uint8Array(x.data); out.push(`${x.data instanceof ArrayBuffer} ${b.length} ${b[0]} ${b[255]} ${x.header['Content-Type']}`); } });
            task.onHeadersReceived((h) => out.push('headers ' + h.statusCode));
            """);
        Assert.Equal(
            "[\"headers 200\",\"true 256 0 255 application/octet-stream\"]",
            await mp.WaitForAsync("out.length === 2 ? JSON.stringify(out) : undefined"));
    }

    [Fact]
    public async Task Timeout_and_abort_fail_with_WeChat_messages()
    {
        using var server = new LocalHttpServer();
        using var mp = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        await mp.RunAsync($$"""
            globalThis.r = {};
            wx.request({ url: '{{server.Url}}/slow', timeout: 100, fail: (e) => { r.given = e.errMsg; } });
            wx.request({ url: '{{server.Url}}/slow', fail: (e) => { r.byDefault = e.errMsg; } });
            const task = wx.request({ url: '{{server.Url}}/slow', fail: (e) => { r.aborted = e.errMsg; }, complete: () => { r.complete = true; } });
            setTimeout(() => task.abort(), 0);
            """);
        Assert.Equal(
            "[\"request:fail abort\",\"request:fail timeout\",true,\"request:fail timeout\"]",
            await mp.WaitForAsync("Object.keys(r).length === 4 ? JSON.stringify(Object.keys(r).sort().map((k) => r[k])) : undefined"));
    }

    [Fact]
    public async Task The_domain_list_lets_listed_hosts_through_and_refuses_others_without_connecting()
    {
        using var server = new LocalHttpServer();
        using var mp = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { RequestDomains = ["https://127.0.0.1"] });
        await mp.RunAsync($$"""
            globalThis.r = {};
            wx.request({ url: '{{server.Url}}/echo', success: (x) => { r.allowed = x.errMsg; } });
            wx.request({ url: 'http://localhost:{{server.Port}}/echo', fail: (e) => { r.refused = e.errMsg; } });
            wx.request({ url: 'ftp://127.0.0.1/x', fail: (e) => { r.scheme = e.errMsg; } });
            wx.request({ url: 42, fail: (e) => { r.type = e.errMsg; } });
            """);
        Assert.Equal(
            "[\"request:ok\",\"request:fail url not in domain list\",\"request:fail invalid url\",\"request:fail parameter error: parameter.url should be String instead of Number;\"]",
            await mp.WaitForAsync("Object.keys(r).length === 4 ? JSON.stringify([r.allowed, r.refused, r.scheme, r.type]) : undefined"));
        Assert.Equal(1, server.Served);
        Assert.True((await mp.RunAsync("wx.canIUse('request') && wx.canIUse('RequestTask.abort') && wx.canIUse('RequestTask.onHeadersReceived')")).AsBoolean);
    }

    [Fact]
    public async Task A_refused_connection_fails_and_a_throwing_network_layer_is_reported()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using (var mp = await MiniProgramHarness.StartAsync(Package()))
        {
            await mp.RunAsync($"globalThis.r = null; wx.request({{ url: 'http://127.0.0.1:{closedPort}/x', fail: (e) => {{ r = e.errMsg; }} }})");
            Assert.StartsWith("request:fail ", await mp.WaitForAsync("r"), StringComparison.Ordinal);
            Assert.Empty(mp.Errors());
        }

        using var broken = await MiniProgramHarness.StartAsync(Package(), new MiniProgramRuntimeOptions { Network = new ThrowingNetwork() });
        await broken.RunAsync("globalThis.r = null; wx.request({ url: 'https://example.com/x', fail: (e) => { r = e.errMsg; } })");
        Assert.Equal("request:fail boom", await broken.WaitForAsync("r"));
        Assert.Equal(MiniProgramDiagnosticCodes.HostCapabilityFailed, Assert.Single(broken.Errors()).Code);
    }

    [Fact]
    public async Task Disposing_the_runtime_with_a_request_in_flight_cancels_it_quietly()
    {
        using var server = new LocalHttpServer();
        var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync($"wx.request({{ url: '{server.Url}/slow' }})");
        mp.Dispose();
        await Task.Delay(50);
        Assert.Empty(mp.Errors());
    }

    private sealed class ThrowingNetwork : IMiniProgramNetwork
    {
        public Task<NetworkResponse> SendAsync(NetworkRequest request, Action<int, IReadOnlyList<KeyValuePair<string, string>>>? headersReceived, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
