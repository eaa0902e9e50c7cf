using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Script.Tests;

/// <summary>A syntax error, a throw, an endless loop and a runaway allocation each give a located diagnostic and leave the runtime usable.</summary>
public class BadInputTests
{
    [Fact]
    public async Task A_syntax_error_names_file_line_and_column()
    {
        using var rt = Js.Start();
        var error = await rt.EvalError("let x = 1;\nlet y = ;", "pages/bad.js");
        Assert.Equal(JsErrorKind.Syntax, error.Kind);
        Assert.Equal(new SourceLocation("pages/bad.js", 2, 9), error.Location);
        Assert.Contains("SyntaxError", error.Message, StringComparison.Ordinal);
        Assert.Equal("let y = ;", error.SourceLine);
        Assert.Equal(DiagnosticCodes.ScriptSyntaxError, error.ToDiagnostic().Code);
        Assert.Equal(3, (await rt.EvalOk("1+2")).Number);
    }

    [Fact]
    public async Task A_thrown_exception_names_where_it_was_thrown_and_has_a_stack()
    {
        using var rt = Js.Start();
        var error = await rt.EvalError("function f() {\n  null.x;\n}\nf();", "app.js");
        Assert.Equal(JsErrorKind.Exception, error.Kind);
        Assert.Equal("app.js", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(8, error.Location.Column); // V8 points at the property it could not read
        Assert.StartsWith("TypeError", error.Message, StringComparison.Ordinal);
        Assert.Contains("app.js:2:", error.Stack, StringComparison.Ordinal);
        Assert.Equal(3, (await rt.EvalOk("1+2")).Number);
    }

    [Fact]
    public async Task A_thrown_non_error_value_is_reported_as_its_text()
    {
        using var rt = Js.Start();
        var error = await rt.EvalError("throw 42", "t.js");
        Assert.Contains("42", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public async Task An_endless_loop_is_ended_by_the_watchdog_and_the_runtime_keeps_serving()
    {
        using var rt = Js.Start(options: new JsRuntimeOptions { TaskTimeLimit = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew();
        var error = await rt.EvalError("let i = 0;\nwhile (true) { i++; }", "loop.js");
        clock.Stop();
        Assert.Equal(JsErrorKind.Timeout, error.Kind);
        Assert.Equal(DiagnosticCodes.ScriptWatchdogTimeout, error.Code);
        Assert.Contains("300 ms", error.Message, StringComparison.Ordinal);
        Assert.Equal("loop.js", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(3, (await rt.EvalOk("1+2")).Number);
        Assert.Equal(7, (await rt.EvalOk("i = 7")).Number);
    }

    [Fact]
    public async Task An_endless_loop_in_a_timer_is_reported_and_later_timers_still_fire()
    {
        var diagnostics = new DiagnosticBag();
        using var rt = Js.Start(diagnostics, options: new JsRuntimeOptions { TaskTimeLimit = TimeSpan.FromMilliseconds(200), Clock = new VirtualClock() });
        await rt.EvalOk("var after = 0; setTimeout(() => { for (;;) {} }, 5); setTimeout(() => { after = 1; }, 10);", "timers.js");
        await rt.AdvanceTimeAsync(TimeSpan.FromMilliseconds(20));
        Assert.Equal(1, (await rt.EvalOk("after")).Number);
        var d = Assert.Single(diagnostics.Snapshot());
        Assert.Equal(DiagnosticCodes.ScriptWatchdogTimeout, d.Code);
    }

    [Fact]
    public async Task Endless_recursion_is_a_range_error_not_a_crash()
    {
        using var rt = Js.Start();
        var error = await rt.EvalError("function down(n) { return down(n + 1) + 1; }\ndown(0)", "deep.js");
        Assert.StartsWith("RangeError: Maximum call stack size exceeded", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await rt.EvalOk("1+2")).Number);
    }

    [Fact]
    public async Task A_runaway_allocation_ends_the_script_not_the_process()
    {
        using var rt = Js.Start(options: new JsRuntimeOptions { HeapLimitBytes = 64L * 1024 * 1024, TaskTimeLimit = TimeSpan.FromSeconds(30) });
        var error = await rt.EvalError("const hog = [];\nwhile (true) hog.push(new Array(100000).fill(1.5));", "hog.js");
        Assert.Equal(JsErrorKind.HeapLimit, error.Kind);
        Assert.Equal(DiagnosticCodes.ScriptHeapLimit, error.Code);
        Assert.Equal(3, (await rt.EvalOk("1+2")).Number);
        Assert.Equal("ok", (await rt.EvalOk("new Array(1000).fill('ok')[999]")).Text);
    }

    [Fact]
    public async Task Disposing_a_runtime_stuck_in_a_loop_returns_promptly()
    {
        var rt = Js.Start(options: new JsRuntimeOptions { TaskTimeLimit = TimeSpan.FromMinutes(5) });
        var stuck = rt.EvaluateAsync("for (;;) {}", "stuck.js");
        await Task.Delay(100);
        var clock = Stopwatch.StartNew();
        rt.Dispose();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"dispose took {clock.Elapsed}");
        var completion = await stuck;
        Assert.Equal(JsErrorKind.Terminated, completion.Error?.Kind);
    }

    [Fact]
    public async Task Work_posted_after_dispose_is_cancelled()
    {
        var rt = Js.Start();
        rt.Dispose();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rt.EvaluateAsync("1"));
    }
}
