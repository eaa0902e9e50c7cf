using System;
using System.Linq;
using System.Threading.Tasks;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Script.Tests;

public class EventLoopTests
{
    private static JsRuntime Virtual(DiagnosticBag? diagnostics = null, ScriptLogBuffer? log = null) =>
        Js.Start(diagnostics, log, new JsRuntimeOptions { Clock = new VirtualClock() });

    [Fact]
    public async Task Timers_fire_in_due_order_then_creation_order_on_a_virtual_clock()
    {
        using var rt = Virtual();
        await rt.EvalOk("""
            var order = [];
            setTimeout(() => order.push('c30'), 30);
            setTimeout(() => order.push('a10'), 10);
            setTimeout(() => order.push('b10'), 10);
            setTimeout(() => order.push('z0'), 0);
            """);
        await rt.RunUntilIdleAsync(); // a 0 ms timer is due at once, even on a clock that stands still
        Assert.Equal("[\"z0\"]", (await rt.EvalOk("JSON.stringify(order)")).Text);
        await rt.AdvanceTimeAsync(TimeSpan.FromMilliseconds(10));
        Assert.Equal("[\"z0\",\"a10\",\"b10\"]", (await rt.EvalOk("JSON.stringify(order)")).Text);
        await rt.AdvanceTimeAsync(TimeSpan.FromMilliseconds(100));
        Assert.Equal("[\"z0\",\"a10\",\"b10\",\"c30\"]", (await rt.EvalOk("JSON.stringify(order)")).Text);
    }

    [Fact]
    public async Task An_interval_repeats_until_it_clears_itself()
    {
        using var rt = Virtual();
        await rt.EvalOk("var ticks = []; var id = setInterval(() => { ticks.push(Date.now() % 100000); if (ticks.length === 3) clearInterval(id); }, 25);");
        await rt.AdvanceTimeAsync(TimeSpan.FromSeconds(1));
        Assert.Equal("[25,50,75]", (await rt.EvalOk("JSON.stringify(ticks)")).Text);
    }

    [Fact]
    public async Task Timer_arguments_and_clearTimeout_behave_as_in_browsers()
    {
        using var rt = Virtual();
        await rt.EvalOk("var got = []; setTimeout((a, b) => got.push(a + b), 5, 'x', 'y'); const t = setTimeout(() => got.push('never'), 5); clearTimeout(t);");
        await rt.AdvanceTimeAsync(TimeSpan.FromMilliseconds(5));
        Assert.Equal("[\"xy\"]", (await rt.EvalOk("JSON.stringify(got)")).Text);
    }

    [Fact]
    public async Task The_virtual_clock_makes_Date_reproducible()
    {
        using var rt = Virtual();
        var start = (await rt.EvalOk("Date.now()")).Number;
        Assert.Equal(VirtualClock.DefaultEpoch.ToUnixTimeMilliseconds(), start);
        await rt.AdvanceTimeAsync(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(start + 1500, (await rt.EvalOk("new Date().getTime()")).Number);
        Assert.True((await rt.EvalOk("new Date(0) instanceof Date && new Date(0).getTime() === 0")).AsBoolean);
    }

    [Fact]
    public async Task Timers_fire_on_the_real_clock()
    {
        using var rt = Js.Start();
        await rt.EvalOk("var fired = false; setTimeout(() => { fired = true; }, 20);");
        Assert.True(await rt.RunToCompletionAsync(TimeSpan.FromSeconds(10)));
        Assert.True((await rt.EvalOk("fired")).AsBoolean);
    }

    [Fact]
    public async Task Run_to_completion_jumps_a_virtual_clock_but_gives_up_on_an_endless_interval()
    {
        using var rt = Virtual();
        await rt.EvalOk("var n = 0; setTimeout(() => n++, 60000);");
        Assert.True(await rt.RunToCompletionAsync(TimeSpan.FromHours(1)));
        Assert.Equal(1, (await rt.EvalOk("n")).Number);
        await rt.EvalOk("setInterval(() => n++, 1000);");
        Assert.False(await rt.RunToCompletionAsync(TimeSpan.FromSeconds(10)));
        Assert.InRange((await rt.EvalOk("n")).Number, 10, 12);
    }

    [Fact]
    public async Task Microtasks_run_after_the_task_body_and_before_the_next_task()
    {
        using var rt = Js.Start();
        var value = await rt.EvalOk("var log = []; Promise.resolve().then(() => log.push('then')); queueMicrotask(() => log.push('micro')); log.push('body'); log.join(',')");
        Assert.Equal("body", value.Text);
        Assert.Equal("body,then,micro", (await rt.EvalOk("log.join(',')")).Text);
    }

    [Fact]
    public async Task Async_functions_and_promise_chains_complete_within_the_task()
    {
        using var rt = Js.Start();
        await rt.EvalOk("var out; (async () => { const a = await Promise.resolve(20); const b = await new Promise((r) => r(22)); out = a + b; })();");
        Assert.Equal(42, (await rt.EvalOk("out")).Number);
    }

    [Fact]
    public async Task An_unhandled_rejection_is_a_diagnostic_but_a_late_handler_in_the_same_task_is_not()
    {
        var diagnostics = new DiagnosticBag();
        using var rt = Js.Start(diagnostics);
        await rt.EvalOk("const p = Promise.reject(new Error('handled later')); p.catch(() => {});");
        Assert.Empty(diagnostics.Snapshot());
        await rt.EvalOk("Promise.reject(new Error('nobody listens'));", "reject.js");
        var d = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(DiagnosticCodes.ScriptUnhandledRejection, d.Code);
        Assert.Contains("nobody listens", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_in_a_timer_is_a_located_diagnostic_and_the_loop_goes_on()
    {
        var diagnostics = new DiagnosticBag();
        using var rt = Virtual(diagnostics);
        await rt.EvalOk("var later = false;\nsetTimeout(() => {\n  undefinedFunction();\n}, 1);\nsetTimeout(() => { later = true; }, 2);", "page.js");
        await rt.AdvanceTimeAsync(TimeSpan.FromMilliseconds(5));
        Assert.True((await rt.EvalOk("later")).AsBoolean);
        var d = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(DiagnosticCodes.ScriptUncaughtException, d.Code);
        Assert.Equal(new SourceLocation("page.js", 3, 3), d.Location);
        Assert.Contains("undefinedFunction is not defined", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_calls_reach_the_structured_log_with_levels_and_formatting()
    {
        var log = new ScriptLogBuffer();
        using var rt = Js.Start(log: log);
        await rt.EvalOk("console.log('a', 1, {x: [1, 'b']}); console.warn('%s is %d years', 'Tom', 42.9); console.error(new Error('bad').message); console.debug('d'); console.info('i');");
        var entries = log.Snapshot();
        Assert.Equal(
            ["Log:a 1 { x: [ 1, \"b\" ] }", "Warn:Tom is 42.9 years", "Error:bad", "Debug:d", "Info:i"],
            entries.Select(e => $"{e.Level}:{e.Message}").ToArray());
    }

    [Fact]
    public async Task End_of_task_hooks_run_after_microtasks()
    {
        using var rt = Js.Start();
        var seen = new System.Collections.Generic.List<double>();
        await rt.InvokeAsync(ctx => rt.AddEndOfTaskHook(c => seen.Add(c.GetGlobal("stage").Number)));
        await rt.EvalOk("var stage = 1; Promise.resolve().then(() => { stage = 2; });");
        Assert.Equal(2, seen[^1]);
    }

    [Fact]
    public async Task Run_until_idle_waits_for_queued_work()
    {
        using var rt = Js.Start();
        _ = rt.EvaluateAsync("var done = 'yes'");
        await rt.RunUntilIdleAsync();
        Assert.Equal("yes", (await rt.EvalOk("done")).Text);
    }
}
