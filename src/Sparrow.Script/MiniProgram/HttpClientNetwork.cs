using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// <see cref="IMiniProgramNetwork"/> over one shared <see cref="HttpClient"/> (pooled
/// connections; no cookie container, since WeChat leaves cookies to the app's headers). The
/// client has no timeout of its own: the runtime cancels per request.
/// </summary>
public sealed class HttpClientNetwork : IMiniProgramNetwork, IDisposable
{
    private readonly HttpClient _client;

    public HttpClientNetwork(HttpMessageHandler? handler = null)
    {
        _client = new HttpClient(handler ?? new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The instance runtimes use when their options name no network (never disposed).</summary>
    public static HttpClientNetwork Shared { get; } = new();

    public void Dispose() => _client.Dispose();

    public async Task<NetworkResponse> SendAsync(NetworkRequest request, Action<int, IReadOnlyList<KeyValuePair<string, string>>>? headersReceived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            // Content-Type and friends belong to the content; without a body they are dropped.
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in response.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value));
            }
        }

        foreach (var (name, values) in response.Content.Headers)
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value));
            }
        }

        var status = (int)response.StatusCode;
        headersReceived?.Invoke(status, headers);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new NetworkResponse(status, headers, body);
    }
}
