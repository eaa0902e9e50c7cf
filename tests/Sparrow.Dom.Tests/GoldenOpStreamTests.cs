using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Sparrow.Dom.Tests;

/// <summary>
/// The golden batches of tests/data/op-stream (the bytes both writers must produce; see
/// <c>OpStreamGoldenTests</c>) decode and apply to the tree the scripted calls describe.
/// </summary>
public class GoldenOpStreamTests
{
    private static string DataDir
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir!.FullName, "tests", "data", "op-stream");
        }
    }

    [Fact]
    public void Golden_batches_decode_and_apply()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, "golden.json")));
        var f = new DomFixture();
        var names = new OpStreamNames(f.Atoms);
        var batch = new OpBatch();
        var results = golden.RootElement.GetProperty("batches").EnumerateArray().Select(b =>
        {
            Assert.True(OpStreamReader.Read(Convert.FromHexString(b.GetString()!), names, batch, f.Diagnostics));
            var r = f.Store.Apply(batch, f.Diagnostics);
            TreeInvariants.Check(f.Store);
            return r;
        }).ToArray();

        Assert.Equal(new ApplyResult(18, 0), results[0]);

        // The second batch inserts handle 10, which was never created: that op alone is rejected.
        Assert.Equal(1, results[1].Rejected);
        Assert.Equal([DomDiagnosticCodes.UnknownNode], f.Diagnostics.Snapshot().Select(d => d.Code));
        Assert.Equal(
            "page @1\n  view(wx-view) @2 #main scope=0 host=1 [disabled=\"false\"] [count=\"2.5\"] [title=\"标题\"] data-index=\"7\" style=\"color: red; width: 750rpx\"\n    text(wx-text) @6\n    image(wx-image) @9\n",
            TreeDump.Write(f.Store));
    }
}
