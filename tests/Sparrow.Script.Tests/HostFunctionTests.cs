using System;
using System.Threading.Tasks;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Script.Tests;

public class HostFunctionTests
{
    [Fact]
    public async Task Host_functions_receive_typed_arguments_without_json()
    {
        using var rt = Js.Start();
        string seen = string.Empty;
        await rt.InvokeAsync(ctx => ctx.DefineFunction("probe", call =>
        {
            seen = string.Join('|', call.KindOf(0), call.GetNumber(0), call.KindOf(1), call.GetString(1), call.GetBoolean(2), call.KindOf(3), call.KindOf(4), call.GetString(5), call.Count);
            return JsValue.FromString("from C#: " + call.GetString(1));
        }));
        var value = await rt.EvalOk("probe(2.5, '文字', true, null, undefined, {k: [1]})");
        Assert.Equal("from C#: 文字", value.Text);
        Assert.Equal("Number|2.5|String|文字|True|Null|Undefined|{\"k\":[1]}|6", seen);
    }

    [Fact]
    public async Task A_host_exception_becomes_a_catchable_js_error()
    {
        using var rt = Js.Start();
        await rt.InvokeAsync(ctx => ctx.DefineFunction("fail", _ => throw new JsHostException("no such thing")));
        var value = await rt.EvalOk("try { fail(); 'no' } catch (e) { e instanceof Error ? e.message : 'not an Error' }");
        Assert.Equal("no such thing", value.Text);
    }

    [Fact]
    public async Task A_host_bug_becomes_a_js_error_and_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        using var rt = Js.Start(diagnostics);
        await rt.InvokeAsync(ctx => ctx.DefineFunction("buggy", _ => throw new InvalidOperationException("boom")));
        var error = await rt.EvalError("buggy()", "call.js");
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticCodes.ScriptHostCallFailed, Assert.Single(diagnostics.Snapshot()).Code);
    }

    [Fact]
    public async Task Host_functions_may_call_back_into_js()
    {
        using var rt = Js.Start();
        await rt.InvokeAsync(ctx => ctx.DefineFunction("twice", call =>
        {
            using var f = call.TakeFunction(0)!;
            var first = f.Call(JsValue.FromNumber(1)).Value.Number;
            var second = call.Context.Run("inner * 10", "nested.js").Value.Number;
            return JsValue.FromNumber(first + second);
        }));
        var value = await rt.EvalOk("var inner = 4; twice((n) => n + 100)");
        Assert.Equal(141, value.Number);
    }

    [Fact]
    public async Task A_kept_function_can_be_called_in_a_later_task()
    {
        using var rt = Js.Start();
        JsFunction? kept = null;
        await rt.InvokeAsync(ctx => ctx.DefineFunction("keep", call =>
        {
            kept = call.TakeFunction(0);
            return JsValue.Undefined;
        }));
        await rt.EvalOk("var hits = 0; keep(() => ++hits)");
        var result = await rt.InvokeAsync(_ => kept!.Call().Value.Number);
        Assert.Equal(1, result);
        await rt.InvokeAsync(_ => kept!.Dispose());
    }

    [Fact]
    public async Task An_external_buffer_is_shared_memory_between_js_and_csharp()
    {
        using var rt = Js.Start();
        var (fromJs, seenInJs, lengthAfterDispose) = await rt.InvokeAsync(ctx =>
        {
            var buffer = ctx.CreateExternalBuffer(1024 * 1024);
            ctx.SetGlobal("ops", buffer.AsValue());
            ctx.Run("new Uint8Array(ops)[3] = 7; new DataView(ops).setUint32(8, 0xdeadbeef, true);", "w.js");
            var fromJs = buffer.Span[3] + (long)BitConverter.ToUInt32(buffer.Span[8..12]);
            buffer.Span[100] = 99;
            var seen = ctx.Run("new Uint8Array(ops)[100]", "r.js").Value.Number;
            buffer.Dispose();
            var after = ctx.Run("ops.byteLength", "d.js").Value.Number;
            return (fromJs, seen, after);
        });
        Assert.Equal(7 + 0xdeadbeefL, fromJs);
        Assert.Equal(99, seenInJs);
        Assert.Equal(0, lengthAfterDispose);
    }

    [Fact]
    public async Task Typed_array_arguments_arrive_as_bytes_in_place()
    {
        using var rt = Js.Start();
        await rt.InvokeAsync(ctx => ctx.DefineFunction("sum", call =>
        {
            var bytes = call.GetBuffer(0);
            var total = 0;
            foreach (var b in bytes)
            {
                total += b;
            }

            bytes[0] = 200;
            return JsValue.FromNumber(total);
        }));
        var value = await rt.EvalOk("const a = new Uint8Array([9, 1, 2, 3, 4]); const s = sum(a.subarray(1)); `${s}:${a[1]}`");
        Assert.Equal("10:200", value.Text);
    }
}
