using System;
using System.IO;
using Sparrow.Host.Benchmarking.Peers;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class NodePeerTests
{
    [Fact]
    public void The_last_line_of_the_peers_output_is_its_answer()
    {
        var output = NodePeer.Parse("warming up\n{\"peer\":\"yoga-layout 3.2.1 (WASM, Node v20.20.2)\",\"unit\":\"ms\",\"samples\":[1.5,2.25],\"check\":{\"rootWidth\":375,\"rootHeight\":10}}\n");
        Assert.Null(output.Unavailable);
        Assert.Equal("yoga-layout 3.2.1 (WASM, Node v20.20.2)", output.Name);
        Assert.Equal([1.5, 2.25], output.Samples);
        Assert.Equal(10, output.CheckValue("rootHeight"));
        Assert.Throws<InvalidOperationException>(() => output.CheckValue("elements"));
    }

    [Theory]
    [InlineData("{\"unavailable\":\"yoga-layout could not be loaded\"}", "yoga-layout could not be loaded")]
    [InlineData("", "the peer printed nothing")]
    [InlineData("Segmentation fault", "not valid JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"samples\":[1]}", "no \"peer\" name")]
    [InlineData("{\"peer\":\"p\",\"samples\":[\"x\"]}", "not valid JSON")]
    public void A_peer_that_cannot_answer_gives_a_reason(string stdout, string reason)
    {
        var output = NodePeer.Parse(stdout);
        Assert.Contains(reason, output.Unavailable, StringComparison.Ordinal);
        Assert.Empty(output.Samples);
    }

    [Fact]
    public void A_missing_script_or_package_is_a_reason_not_an_exception()
    {
        var dir = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, "peer.mjs");
        var noScript = NodePeer.Run(script, dir, [], TimeSpan.FromSeconds(30));
        Assert.Contains("does not exist", noScript.Unavailable, StringComparison.Ordinal);

        File.WriteAllText(script, "console.log('{}')");
        var noPackage = NodePeer.Run(script, Path.Combine(dir, "node_modules", "yoga-layout"), [], TimeSpan.FromSeconds(30));
        Assert.Contains("node_modules", noPackage.Unavailable, StringComparison.Ordinal);
        Assert.Contains("npm ci", noPackage.Unavailable, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void A_failing_script_reports_its_exit_code_and_last_error_line()
    {
        var dir = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, "peer.js");
        File.WriteAllText(script, "console.error('first'); console.error('the real reason'); process.exit(3);");
        var output = NodePeer.Run(script, dir, [], TimeSpan.FromSeconds(60));
        // Without node on the PATH the reason says so instead; either way a reason, not an exception.
        Assert.NotNull(output.Unavailable);
        Assert.True(output.Unavailable!.Contains("exited with code 3: the real reason", StringComparison.Ordinal)
            || output.Unavailable.Contains("`node` could not be started", StringComparison.Ordinal), output.Unavailable);
        Directory.Delete(dir, recursive: true);
    }
}
