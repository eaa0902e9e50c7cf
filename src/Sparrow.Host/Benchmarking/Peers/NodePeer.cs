using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// Runs a peer written for Node.js (a script under <c>benchmarks/</c>) and reads its answer: the last
/// line of its standard output, one JSON object, <c>{"peer":…,"samples":[…],"check":{…}}</c> or
/// <c>{"unavailable":"reason"}</c> (benchmarks/PEERS.md). Anything that keeps the peer from running
/// (no <c>node</c> on the PATH, the script or its npm package missing, the script failing) becomes
/// an unavailable result with the reason, never an exception: a missing peer must not stop a run.
/// </summary>
internal static class NodePeer
{
    /// <summary>
    /// Runs <c>node <paramref name="script"/> <paramref name="arguments"/></c> and reads its answer
    /// (<see cref="Parse"/>); see <see cref="Execute"/> for what is checked first.
    /// </summary>
    public static NodePeerOutput Run(string script, string package, IEnumerable<string> arguments, TimeSpan limit)
    {
        var reason = Execute(script, package, arguments, limit, out var stdout);
        return reason is null ? Parse(stdout) : NodePeerOutput.Missing(reason);
    }

    /// <summary>
    /// Runs <c>node <paramref name="script"/> <paramref name="arguments"/></c> from the script's folder,
    /// after checking that the script and <paramref name="package"/> (a folder the script needs,
    /// e.g. its <c>node_modules/yoga-layout</c>) exist. Returns null and the standard output, or the
    /// reason the script could not run or failed.
    /// </summary>
    public static string? Execute(string script, string package, IEnumerable<string> arguments, TimeSpan limit, out string stdout)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        stdout = string.Empty;
        if (!File.Exists(script))
        {
            return $"the peer script {script} does not exist";
        }

        if (!Directory.Exists(package))
        {
            return $"{package} is missing: run `npm ci` in {Path.GetDirectoryName(script)} (./dev setup does)";
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("no process");
        }
        catch (Win32Exception e)
        {
            return $"`node` could not be started ({e.Message}): install Node.js to run the peer";
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                return $"{Path.GetFileName(script)} ran longer than {limit.TotalSeconds:0} s and was stopped";
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var last = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no message)";
                return $"{Path.GetFileName(script)} exited with code {process.ExitCode}: {last}";
            }

            stdout = output.Result;
            return null;
        }
    }

    /// <summary>Reads the peer's answer from its standard output (the last non-empty line).</summary>
    public static NodePeerOutput Parse(string stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (line is null)
        {
            return NodePeerOutput.Missing("the peer printed nothing");
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return NodePeerOutput.Missing($"the peer's last line is not a JSON object: {Shorten(line)}");
            }

            if (root.TryGetProperty("unavailable", out var reason))
            {
                return NodePeerOutput.Missing(reason.GetString() ?? "unavailable (no reason given)");
            }

            if (!root.TryGetProperty("peer", out var name) || name.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("samples", out var samples) || samples.ValueKind != JsonValueKind.Array)
            {
                return NodePeerOutput.Missing($"the peer's answer has no \"peer\" name or no \"samples\" array: {Shorten(line)}");
            }

            var check = new Dictionary<string, double>(StringComparer.Ordinal);
            if (root.TryGetProperty("check", out var checks) && checks.ValueKind == JsonValueKind.Object)
            {
                foreach (var value in checks.EnumerateObject())
                {
                    check[value.Name] = value.Value.GetDouble();
                }
            }

            return new NodePeerOutput(name.GetString()!, samples.EnumerateArray().Select(s => s.GetDouble()).ToArray(), check, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return NodePeerOutput.Missing($"the peer's answer is not valid JSON ({e.Message}): {Shorten(line)}");
        }
    }

    private static string Shorten(string line) => line.Length <= 120 ? line : line[..120] + "…";
}
