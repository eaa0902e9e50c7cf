using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Dom.Tests;

/// <summary>
/// The reference writer against tests/data/op-stream: the calls in calls.json must encode to the
/// bytes in golden.json, which the JS writer's test checks too, so both writers stay byte-identical.
/// Regenerate after a deliberate format change with SPARROW_REGENERATE_GOLDEN=1.
/// </summary>
public class OpStreamGoldenTests
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
    public void The_reference_writer_produces_the_golden_bytes_and_they_decode_cleanly()
    {
        var calls = JsonNode.Parse(File.ReadAllText(Path.Combine(DataDir, "calls.json")))!["batches"]!.AsArray();
        var writer = new OpStreamWriter();
        var batches = calls.Select(batch =>
        {
            foreach (var call in batch!.AsArray())
            {
                Encode(writer, call!.AsArray());
            }

            return Convert.ToHexStringLower(writer.Finish());
        }).ToArray();

        var goldenPath = Path.Combine(DataDir, "golden.json");
        if (Environment.GetEnvironmentVariable("SPARROW_REGENERATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, JsonSerializer.Serialize(new JsonObject { ["batches"] = new JsonArray(batches.Select(b => (JsonNode)b!).ToArray()) }, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var golden = JsonNode.Parse(File.ReadAllText(goldenPath))!["batches"]!.AsArray().Select(b => (string)b!).ToArray();
        Assert.Equal(golden, batches);

        var names = new OpStreamNames(new AtomTable());
        foreach (var hex in golden)
        {
            var diagnostics = new DiagnosticBag();
            var batch = new OpBatch();
            Assert.True(OpStreamReader.Read(Convert.FromHexString(hex), names, batch, diagnostics));
            Assert.Empty(diagnostics.Snapshot());
            Assert.True(batch.Count > 0);
        }
    }

    private static void Encode(OpStreamWriter w, JsonArray call)
    {
        uint H(int i) => call[i] is null ? 0u : call[i]!.GetValue<uint>();
        int S(int i) => call[i] is null ? -1 : call[i]!.GetValue<int>();
        string T(int i) => call[i]!.GetValue<string>();
        switch (T(0))
        {
            case "createElement": w.CreateElement(H(1), T(2), T(3)); break;
            case "createText": w.CreateText(H(1), T(2)); break;
            case "createFragment": w.CreateFragment(H(1)); break;
            case "createVirtualHost": w.CreateVirtualHost(H(1), T(2)); break;
            case "release": w.Release(H(1)); break;
            case "appendChild": w.AppendChild(H(1), H(2)); break;
            case "insertBefore": w.InsertBefore(H(1), H(2), H(3)); break;
            case "removeChild": w.RemoveChild(H(1), H(2)); break;
            case "replaceChild": w.ReplaceChild(H(1), H(2), H(3)); break;
            case "spliceBefore": w.SpliceBefore(H(1), H(2), S(3), H(4)); break;
            case "spliceAppend": w.SpliceAppend(H(1), H(2)); break;
            case "spliceRemove": w.SpliceRemove(H(1), H(2), S(3)); break;
            case "setId": w.SetId(H(1), T(2)); break;
            case "setStyleScope": w.SetStyleScope(H(1), S(2), S(3), S(4)); break;
            case "setStyle": w.SetStyle(H(1), T(2)); break;
            case "addClass": w.AddClass(H(1), T(2), S(3)); break;
            case "removeClass": w.RemoveClass(H(1), T(2), S(3)); break;
            case "clearClasses": w.ClearClasses(H(1)); break;
            case "setAttribute":
                var value = call[3]!;
                switch (value.GetValueKind())
                {
                    case JsonValueKind.True: w.SetAttribute(H(1), T(2), true); break;
                    case JsonValueKind.False: w.SetAttribute(H(1), T(2), false); break;
                    case JsonValueKind.Number: w.SetAttribute(H(1), T(2), value.GetValue<double>()); break;
                    default: w.SetAttribute(H(1), T(2), value.GetValue<string>()); break;
                }

                break;
            case "removeAttribute": w.RemoveAttribute(H(1), T(2)); break;
            case "setDataset": w.SetDataset(H(1), T(2), T(3)); break;
            case "setText": w.SetText(H(1), T(2)); break;
            case "setListenerStats": w.SetListenerStats(H(1), T(2), call[3]!.GetValue<bool>(), S(4)); break;
            case "registerStyleSheet": w.RegisterStyleSheet(T(1), T(2)); break;
            case "appendStyleSheet": w.AppendStyleSheet(T(1), S(2)); break;
            case "disableStyleSheet": w.DisableStyleSheet(S(1)); break;
            default: throw new InvalidOperationException("unknown call " + T(0));
        }
    }
}
