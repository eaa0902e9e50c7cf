using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Sparrow.Core;
using Sparrow.Host.Embedding;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>Calls in the wrong order, from the wrong thread or with bad input are errors with a message; the program stays usable.</summary>
public sealed class EmbeddingCallTests
{
    [Fact]
    public void A_call_from_another_thread_is_rejected_and_the_program_goes_on()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });
        EmbeddingException? caught = null;
        var thread = new Thread(() => caught = Record(() => program.RenderFrame(0)));
        thread.Start();
        thread.Join();

        Assert.Equal(EmbeddingError.WrongThread, caught?.Error);
        Assert.Contains("must be called there", caught!.Message, StringComparison.Ordinal);
        Assert.Equal(0, program.RenderFrame(0).Index);
    }

    [Fact]
    public void Calls_out_of_order_or_after_close_are_errors()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });

        Assert.Equal(EmbeddingError.WrongState, Record(() => program.ReadPixels(new byte[16]))?.Error);
        Assert.Equal(EmbeddingError.WrongState, Record(program.EnterForeground)?.Error);
        Assert.Equal(EmbeddingError.WrongState, Record(() => program.SetHostFramebuffer(0))?.Error);
        program.RenderFrame(100);
        Assert.Equal(EmbeddingError.InvalidArgument, Record(() => program.RenderFrame(50))?.Error);
        Assert.Equal(EmbeddingError.InvalidArgument, Record(() => program.SetTheme("sepia"))?.Error);
        Assert.Equal(EmbeddingError.InvalidArgument, Record(() => program.PointerDown(0, float.NaN, 1))?.Error);

        program.Dispose();
        Assert.Equal(EmbeddingError.WrongState, Record(() => program.RenderFrame(200))?.Error);
        Assert.Empty(engine.Programs);
    }

    [Fact]
    public void A_missing_or_broken_package_is_a_diagnostic_through_the_callback()
    {
        var seen = new ConcurrentQueue<Diagnostic>();
        using var engine = SparrowEngine.Create(new EngineOptions { OnDiagnostic = (_, d) => seen.Enqueue(d) });
        var missing = Assert.Throws<EmbeddingException>(() => engine.Open(Path.Combine(Path.GetTempPath(), "no-such-package-" + Guid.NewGuid())));
        Assert.Equal(EmbeddingError.PackageNotOpened, missing.Error);
        Assert.Contains(seen, d => d.Code == EmbeddingDiagnosticCodes.PackageNotOpened);

        var broken = Directory.CreateTempSubdirectory("sparrow-broken-");
        try
        {
            File.WriteAllText(Path.Combine(broken.FullName, "app.json"), "{ \"pages\": [ ");
            var corrupt = Assert.Throws<EmbeddingException>(() => engine.Open(broken.FullName));
            Assert.Equal(EmbeddingError.PackageNotOpened, corrupt.Error);
            Assert.Contains(seen, d => d.Location.File.EndsWith("app.json", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        }
        finally
        {
            broken.Delete(recursive: true);
        }

        Assert.Empty(engine.Programs);
    }

    [Fact]
    public void A_script_error_in_the_package_reaches_the_callback_and_the_program_still_runs()
    {
        var seen = new ConcurrentQueue<(MiniProgram? Program, Diagnostic Diagnostic)>();
        var package = Directory.CreateTempSubdirectory("sparrow-throws-");
        try
        {
            Directory.CreateDirectory(Path.Combine(package.FullName, "pages", "index"));
            File.WriteAllText(Path.Combine(package.FullName, "app.json"), "{ \"pages\": [\"pages/index/index\"] }");
            File.WriteAllText(Path.Combine(package.FullName, "app.js"), "App({ onLaunch() { throw new Error('launch went wrong'); } });");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.js"), "Page({ data: { n: 1 } });");
            File.WriteAllText(Path.Combine(package.FullName, "pages", "index", "index.wxml"), "<view>{{n}}</view>");
            using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual, OnDiagnostic = (p, d) => seen.Enqueue((p, d)) });
            using var program = engine.Open(package.FullName, new OpenOptions { Surface = SurfaceKind.None });

            // Reported while opening: the program is not known yet (null), as the C header says.
            Assert.Contains(seen, s => s.Diagnostic.Message.Contains("launch went wrong", StringComparison.Ordinal) && s.Diagnostic.Location.File.EndsWith("app.js", StringComparison.Ordinal));
            Assert.Contains(program.Diagnostics, d => d.Code == "SP2103");
            Assert.Equal("pages/index/index", program.CurrentRoute);
        }
        finally
        {
            package.Delete(recursive: true);
        }
    }

    [Fact]
    public void Background_and_foreground_run_the_hide_and_show_hooks()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });
        program.Evaluate("globalThis.__seen = []; wx.onAppHide(() => __seen.push('hide')); wx.onAppShow(() => __seen.push('show'))");

        program.EnterBackground();
        Assert.True(program.IsInBackground);
        program.EnterForeground();

        Assert.Equal("hide,show", program.Evaluate("__seen.join()"));
    }

    private static EmbeddingException? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (EmbeddingException e)
        {
            return e;
        }
    }
}
