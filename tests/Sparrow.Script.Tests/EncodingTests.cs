using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests;

/// <summary>TextEncoder, TextDecoder, atob and btoa, which bare V8 lacks and the WXML compiler's glue needs.</summary>
public class EncodingTests
{
    [Theory]
    [InlineData("hello")]
    [InlineData("你好，世界")]
    [InlineData("emoji 😀 mixed ü")]
    [InlineData("")]
    public async Task Utf8_round_trips_and_matches_dotnet(string text)
    {
        using var rt = Js.Start();
        var escaped = System.Text.Json.JsonSerializer.Serialize(text);
        var bytes = await rt.EvalOk($"Array.from(new TextEncoder().encode({escaped})).join(',')");
        Assert.Equal(string.Join(',', System.Text.Encoding.UTF8.GetBytes(text)), bytes.Text);
        Assert.Equal(text, (await rt.EvalOk($"new TextDecoder().decode(new TextEncoder().encode({escaped}))")).Text);
    }

    [Fact]
    public async Task Lone_surrogates_encode_as_replacement_characters()
    {
        using var rt = Js.Start();
        Assert.Equal("239,191,189,97", (await rt.EvalOk("Array.from(new TextEncoder().encode('\\ud800a')).join(',')")).Text);
    }

    [Fact]
    public async Task Invalid_utf8_is_replaced_or_throws_when_fatal()
    {
        using var rt = Js.Start();
        Assert.Equal("a\ufffd\ufffdb", (await rt.EvalOk("new TextDecoder().decode(new Uint8Array([0x61, 0xc0, 0x80, 0x62]))")).Text);
        Assert.Equal("\ufffd", (await rt.EvalOk("new TextDecoder().decode(new Uint8Array([0xe4, 0xbd]))")).Text);
        var error = await rt.EvalError("new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]))");
        Assert.StartsWith("TypeError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_is_dropped_unless_ignoreBOM()
    {
        using var rt = Js.Start();
        Assert.Equal(1, (await rt.EvalOk("new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length")).Number);
        Assert.Equal(2, (await rt.EvalOk("new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length")).Number);
    }

    [Fact]
    public async Task EncodeInto_stops_before_a_character_that_does_not_fit()
    {
        using var rt = Js.Start();
        Assert.Equal("{\"read\":1,\"written\":3}", (await rt.EvalOk("new TextEncoder().encodeInto('中文', new Uint8Array(4))")).Text);
    }

    [Fact]
    public async Task Base64_matches_the_html_standard()
    {
        using var rt = Js.Start();
        Assert.Equal("aGVsbG8gd29ybGQ=", (await rt.EvalOk("btoa('hello world')")).Text);
        Assert.Equal("hello world", (await rt.EvalOk("atob(' aGVsbG8g\\nd29ybGQ= ')")).Text);
        Assert.Equal("ab", (await rt.EvalOk("atob('YWI')")).Text);
        Assert.Contains("InvalidCharacterError", (await rt.EvalError("atob('a')")).Message, StringComparison.Ordinal);
        Assert.Contains("InvalidCharacterError", (await rt.EvalError("btoa('中')")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_wxml_template_compiler_runs_its_wasm_inside_our_v8()
    {
        var modules = Path.Combine(Js.RepoRoot, "src", "framework", "node_modules");
        Assert.True(Directory.Exists(modules), "src/framework/node_modules is missing: run ./dev setup (npm ci)");
        using var rt = Js.Start(options: new JsRuntimeOptions { ModuleRoot = modules, TaskTimeLimit = TimeSpan.FromSeconds(30) });
        var value = await rt.EvalOk("""
            const tc = require('/glass-easel-template-compiler/pkg/main.js');
            const group = new tc.TmplGroup();
            const problems = group.addTmpl('pages/index/index', '<view class="a {{cls}}" wx:for="{{list}}">{{item}}<text>你好</text></view>');
            const code = group.getTmplGenObjectGroups();
            const broken = new tc.TmplGroup().addTmpl('bad', '<view>\n  <text bad="{{ }}"');
            const fatal = broken.find((p) => p.isError);
            JSON.stringify({ problems: problems.length, hasPage: code.includes('G["pages/index/index"]'), fatal: [fatal.startLine, fatal.startColumn, fatal.message] })
            """);
        Assert.Equal("{\"problems\":0,\"hasPage\":true,\"fatal\":[1,2,\"incomplete tag\"]}", value.Text);
    }
}
