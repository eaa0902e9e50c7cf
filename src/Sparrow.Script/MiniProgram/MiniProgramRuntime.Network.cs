using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Core;

namespace Sparrow.Script.MiniProgram;

public sealed partial class MiniProgramRuntime
{
    /// <summary>Requests in flight by call id: how to abort each. Logic thread adds; any thread removes.</summary>
    private readonly ConcurrentDictionary<int, CancellationTokenSource> _requests = new();

    /// <summary>
    /// <c>__sparrow_mp_request(id, optionsJson, body)</c>: starts <c>wx.request</c> call
    /// <c>id</c>. <c>optionsJson</c> holds url, method, header, timeout (ms), responseType and
    /// the body when it is text; an ArrayBuffer body comes as the third argument. Every outcome,
    /// a refusal included, settles the call in a later task (lib/wx/request.js).
    /// </summary>
    private JsValue StartRequest(JsHostCall call)
    {
        var id = call.GetInt32(0);
        using var document = JsonDocument.Parse(call.GetString(1) ?? "{}");
        var options = document.RootElement;
        var buffer = call.GetBuffer(2);
        byte[]? body = buffer.Length > 0 || call.KindOf(2) == JsValueKind.ArrayBuffer ? buffer.ToArray()
            : TextOrNull(options, "body") is { } text ? Encoding.UTF8.GetBytes(text) : null;
        var url = Text(options, "url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            Settle(id, false, JsValue.FromString("invalid url"));
            return JsValue.Undefined;
        }

        if (!DomainAllowed(uri))
        {
            Settle(id, false, JsValue.FromString("url not in domain list"));
            return JsValue.Undefined;
        }

        var headers = new List<KeyValuePair<string, string>>();
        if (options.TryGetProperty("header", out var header) && header.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in header.EnumerateObject())
            {
                headers.Add(new(member.Name, member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText()));
            }
        }

        var timeout = options.TryGetProperty("timeout", out var t) && t.TryGetDouble(out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : Options.RequestTimeout;
        var request = new NetworkRequest(uri, Text(options, "method", "GET").ToUpperInvariant(), headers, body);
        var binary = Text(options, "responseType", "text") == "arraybuffer";
        var abort = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _requests[id] = abort;
        _ = RunRequestAsync(id, request, timeout, binary, abort);
        return JsValue.Undefined;
    }

    /// <summary><c>__sparrow_mp_request_abort(id)</c>: RequestTask.abort(); the call fails with "abort".</summary>
    private JsValue AbortRequest(JsHostCall call)
    {
        if (_requests.TryGetValue(call.GetInt32(0), out var abort))
        {
            try
            {
                abort.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It finished meanwhile: nothing to abort.
            }
        }

        return JsValue.Undefined;
    }

    private async Task RunRequestAsync(int id, NetworkRequest request, TimeSpan timeout, bool binary, CancellationTokenSource abort)
    {
        using var timer = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort.Token, timer.Token);
        try
        {
            var network = Options.Network ?? HttpClientNetwork.Shared;
            var response = await network.SendAsync(
                request,
                (status, headers) => Settle(id, true, JsValue.FromJson(Json(w =>
                {
                    w.WriteNumber("statusCode", status);
                    WriteHeaders(w, headers);
                })), "headers"),
                linked.Token).ConfigureAwait(false);
            Settle(id, true, JsValue.FromJson(Json(w =>
            {
                w.WriteNumber("statusCode", response.StatusCode);
                WriteHeaders(w, response.Headers);
                if (binary)
                {
                    w.WriteBase64String("base64", response.Body);
                }
                else
                {
                    w.WriteString("data", Encoding.UTF8.GetString(response.Body));
                }
            })));
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            Settle(id, false, JsValue.FromString(abort.IsCancellationRequested ? "abort" : "timeout"));
        }
        catch (HttpRequestException e)
        {
            Settle(id, false, JsValue.FromString(e.Message));
        }
#pragma warning disable CA1031 // A network layer's failure fails the call, with a diagnostic; the runtime goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Report(Diagnostic.Error(MiniProgramDiagnosticCodes.HostCapabilityFailed, $"The network layer failed a request to {request.Url}: {e.GetType().Name}: {e.Message}", SourceLocation.None));
            Settle(id, false, JsValue.FromString(e.Message));
        }
        finally
        {
            _requests.TryRemove(id, out _);
            abort.Dispose();
        }
    }

    /// <summary>WeChat's request domain list: the host must be listed (null list: any host).</summary>
    private bool DomainAllowed(Uri uri)
    {
        if (Options.RequestDomains is not { } domains)
        {
            return true;
        }

        foreach (var entry in domains)
        {
            var host = entry.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(entry, UriKind.Absolute, out var parsed) ? parsed.Host : entry.Split(':')[0];
            if (string.Equals(host, uri.Host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>header</c> object; a repeated header's values joined with ", " (Set-Cookie also listed in <c>cookies</c>).</summary>
    private static void WriteHeaders(Utf8JsonWriter w, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var cookies = new List<string>();
        foreach (var (name, value) in headers)
        {
            if (string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase))
            {
                cookies.Add(value);
            }

            if (merged.TryGetValue(name, out var existing))
            {
                merged[name] = existing + ", " + value;
            }
            else
            {
                merged[name] = value;
                order.Add(name);
            }
        }

        w.WriteStartObject("header");
        foreach (var name in order)
        {
            w.WriteString(name, merged[name]);
        }

        w.WriteEndObject();
        w.WriteStartArray("cookies");
        foreach (var cookie in cookies)
        {
            w.WriteStringValue(cookie);
        }

        w.WriteEndArray();
    }
}
