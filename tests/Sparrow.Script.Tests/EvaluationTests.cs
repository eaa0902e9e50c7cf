using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests;

public class EvaluationTests
{
    [Fact]
    public async Task A_number_expression_evaluates_to_a_number()
    {
        using var rt = Js.Start();
        var value = await rt.EvalOk("1+2");
        Assert.Equal(JsValueKind.Number, value.Kind);
        Assert.Equal(3, value.Number);
        Assert.Equal("3", value.ToDisplayString());
    }

    [Theory]
    [InlineData("'你好'", JsValueKind.String, "你好")]
    [InlineData("true", JsValueKind.Boolean, "true")]
    [InlineData("null", JsValueKind.Null, "null")]
    [InlineData("undefined", JsValueKind.Undefined, "undefined")]
    [InlineData("({a:[1,2], b:'x'})", JsValueKind.Json, "{\"a\":[1,2],\"b\":\"x\"}")]
    [InlineData("0.1+0.2", JsValueKind.Number, "0.30000000000000004")]
    [InlineData("1e21", JsValueKind.Number, "1e+21")]
    public async Task Results_come_back_typed(string source, JsValueKind kind, string display)
    {
        using var rt = Js.Start();
        var value = await rt.EvalOk(source);
        Assert.Equal(kind, value.Kind);
        Assert.Equal(display, value.ToDisplayString());
    }

    [Fact]
    public async Task Functions_come_back_as_handles_that_can_be_called()
    {
        using var rt = Js.Start();
        var result = await rt.InvokeAsync(ctx =>
        {
            var made = ctx.Run("(a, b) => `${a}:${b * 2}`", "f.js");
            using var f = ctx.AsFunction(made.Value)!;
            return f.Call(JsValue.FromString("x"), JsValue.FromNumber(21)).Value.Text;
        });
        Assert.Equal("x:42", result);
    }

    [Fact]
    public async Task Globals_persist_between_tasks_and_can_be_set_from_csharp()
    {
        using var rt = Js.Start();
        await rt.EvalOk("var counter = 41;");
        await rt.InvokeAsync(ctx => ctx.SetGlobal("config", JsValue.FromJson("{\"scale\":2}")));
        Assert.Equal(84, (await rt.EvalOk("(counter + 1) * config.scale")).Number);
        Assert.Equal(41, await rt.InvokeAsync(ctx => ctx.GetGlobal("counter").Number));
    }

    [Fact]
    public async Task A_context_used_off_its_logic_thread_throws()
    {
        using var rt = Js.Start();
        var context = await rt.InvokeAsync(ctx => ctx);
        Assert.Throws<System.InvalidOperationException>(() => context.Run("1", "x.js"));
    }

    [Fact]
    public async Task Eval_and_new_Function_are_off_by_default_and_can_be_allowed()
    {
        using (var strict = Js.Start())
        {
            var error = await strict.EvalError("eval('1+1')");
            Assert.Contains("EvalError", error.Message, System.StringComparison.Ordinal);
            error = await strict.EvalError("new Function('return 1')()");
            Assert.Contains("EvalError", error.Message, System.StringComparison.Ordinal);
        }

        using var open = Js.Start(options: new JsRuntimeOptions { AllowCodeGeneration = true });
        Assert.Equal(2, (await open.EvalOk("eval('1+1')")).Number);
    }

    [Fact]
    public async Task WebAssembly_works_with_code_generation_off()
    {
        using var rt = Js.Start();
        // (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
        var value = await rt.EvalOk("""
            const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,10,9,1,7,0,32,0,32,1,106,11]);
            new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.add(40, 2)
            """);
        Assert.Equal(42, value.Number);
    }

    [Fact]
    public async Task Two_runtimes_run_side_by_side_without_sharing_globals()
    {
        using var a = Js.Start();
        using var b = Js.Start();
        await Task.WhenAll(a.EvalOk("var who = 'a'"), b.EvalOk("var who = 'b'"));
        var results = await Task.WhenAll(a.EvalOk("who"), b.EvalOk("who"));
        Assert.Equal("a", results[0].Text);
        Assert.Equal("b", results[1].Text);
    }

    [Fact]
    public async Task Heap_statistics_report_a_limit_close_to_the_configured_one()
    {
        using var rt = Js.Start(options: new JsRuntimeOptions { HeapLimitBytes = 128L * 1024 * 1024 });
        var stats = await rt.InvokeAsync(_ => rt.GetHeapStatistics());
        Assert.True(stats.UsedBytes > 0);
        Assert.InRange(stats.LimitBytes, 100L * 1024 * 1024, 200L * 1024 * 1024);
    }
}
