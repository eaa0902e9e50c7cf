using System;
using System.IO;
using System.Runtime.CompilerServices;
using Sparrow.Host.Embedding;
using Xunit;

namespace Sparrow.Host.Tests.Embedding;

/// <summary>Two mini programs in one process share no storage and no globals; closing one frees it.</summary>
[Collection(ProcessMemoryCollection.Name)]
public sealed class EmbeddingIsolationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sparrow-embed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Two_programs_side_by_side_share_neither_storage_nor_globals()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { StorageRoot = _root, Clock = EngineClock.Virtual });
        using var basic = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });
        using var todo = engine.Open(RepoPaths.Of("samples", "todo"), new OpenOptions { Surface = SurfaceKind.None });

        Assert.NotEqual(basic.AppId, todo.AppId);
        Assert.Equal(2, engine.Programs.Count);
        Assert.Equal("true", basic.Evaluate("wx.setStorageSync('shared-key', 'from basic'); globalThis.marker = 'basic'; true"));
        Assert.Equal("", todo.Evaluate("String(wx.getStorageSync('shared-key'))"));
        Assert.Equal("undefined", todo.Evaluate("typeof globalThis.marker"));
        Assert.Equal("from basic", basic.Evaluate("wx.getStorageSync('shared-key')"));

        // Each app's data lives in its own folder under the storage root.
        Assert.True(Directory.Exists(Path.Combine(_root, basic.AppId)));
        Assert.False(Directory.Exists(Path.Combine(_root, todo.AppId, "storage", "shared-key")));
    }

    [Fact]
    public void Storage_survives_reopening_the_same_app_but_not_into_another()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { StorageRoot = _root, Clock = EngineClock.Virtual });
        using (var first = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None }))
        {
            first.Evaluate("wx.setStorageSync('kept', 42)");
        }

        using var again = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });
        using var other = engine.Open(RepoPaths.Of("samples", "todo"), new OpenOptions { Surface = SurfaceKind.None });
        Assert.Equal("42", again.Evaluate("String(wx.getStorageSync('kept'))"));
        Assert.Equal("", other.Evaluate("String(wx.getStorageSync('kept'))"));
    }

    [Fact]
    public void Closing_a_program_releases_its_runtime_and_memory()
    {
        using var engine = SparrowEngine.Create(new EngineOptions { Clock = EngineClock.Virtual });
        using var stays = engine.Open(RepoPaths.Of("samples", "todo"), new OpenOptions { Surface = SurfaceKind.None });
        var before = SettledMemory();

        var (runtime, js) = OpenAndClose(engine);

        Assert.Single(engine.Programs);
        var after = SettledMemory();
        Assert.False(runtime.IsAlive, "the closed program's MiniProgramRuntime is still reachable");
        Assert.False(js.IsAlive, "the closed program's JsRuntime (V8 isolate owner) is still reachable");
        Assert.True(after - before < 8 * 1024 * 1024, $"managed memory grew by {(after - before) / 1024} KiB after closing the program");
        Assert.Equal("object", stays.Evaluate("typeof wx"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Runtime, WeakReference Js) OpenAndClose(SparrowEngine engine)
    {
        var program = engine.Open(RepoPaths.Of("samples", "basic"), new OpenOptions { Surface = SurfaceKind.None });
        program.RenderFrame(0);
        var refs = (new WeakReference(program.Session.Runtime), new WeakReference(program.Session.Runtime.Js));
        program.Dispose();
        Assert.True(program.IsClosed);
        return refs;
    }

    private static long SettledMemory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
