using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests;

public class CodeCacheTests
{
    private const string Script = "function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }\nwork(1000)";

    [Fact]
    public async Task A_second_runtime_consumes_the_cache_the_first_produced()
    {
        var dir = Js.TempDir();
        var options = new JsRuntimeOptions { CodeCacheDirectory = dir };
        using (var first = Js.Start(options: options))
        {
            Assert.Equal(499500, (await first.EvalOk(Script)).Number);
            Assert.Equal(0, first.CodeCache!.Rejects);
        }

        var files = Directory.GetFiles(dir, "*.v8cache");
        Assert.True(files.Length >= 2, "expected the prelude's and the script's cache"); // prelude + script
        using var second = Js.Start(options: options);
        var hitsBefore = second.CodeCache!.Hits;
        Assert.Equal(499500, (await second.EvalOk(Script)).Number);
        Assert.Equal(hitsBefore + 1, second.CodeCache.Hits);
        Assert.Equal(0, second.CodeCache.Rejects);
    }

    [Fact]
    public async Task A_corrupt_cache_is_rejected_and_replaced_and_the_script_still_runs()
    {
        var dir = Js.TempDir();
        var options = new JsRuntimeOptions { CodeCacheDirectory = dir };
        using (var first = Js.Start(options: options))
        {
            await first.EvalOk(Script);
        }

        foreach (var file in Directory.GetFiles(dir, "*.v8cache"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < bytes.Length; i += 7)
            {
                bytes[i] ^= 0x5a;
            }

            File.WriteAllBytes(file, bytes);
        }

        using var second = Js.Start(options: options);
        Assert.Equal(499500, (await second.EvalOk(Script)).Number);
        Assert.True(second.CodeCache!.Rejects >= 1);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public async Task Different_sources_never_share_an_entry()
    {
        var dir = Js.TempDir();
        using var rt = Js.Start(options: new JsRuntimeOptions { CodeCacheDirectory = dir });
        var before = Directory.GetFiles(dir).Length;
        await rt.EvalOk("1 + 1");
        await rt.EvalOk("1 + 2");
        Assert.Equal(before + 2, Directory.GetFiles(dir).Count(f => f.EndsWith(".v8cache", System.StringComparison.Ordinal)));
    }
}
