using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// A small HTTP server on 127.0.0.1 for wx.request tests (no real network). Routes: <c>/echo</c>
/// (JSON of the method, query, content type and body), <c>/text</c>, <c>/bin</c> (bytes 0–255),
/// <c>/slow</c> (answers after 5 s or never, once disposed). Serves at most 64 requests.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private const int MaxRequests = 64;
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    private int _served;

    /// <summary>How many requests reached the server.</summary>
    public int Served => Volatile.Read(ref _served);

    private async Task ServeAsync()
    {
        for (var i = 0; i < MaxRequests && !_stop.IsCancellationRequested; i++)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _served);
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            string body;
            using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            response.Headers["X-Server"] = "sparrow-test";
            byte[] bytes;
            switch (request.Url!.AbsolutePath)
            {
                case "/echo":
                    response.ContentType = "application/json";
                    bytes = Encoding.UTF8.GetBytes(
                        $"{{\"method\":\"{request.HttpMethod}\",\"query\":{System.Text.Json.JsonSerializer.Serialize(request.Url.Query)},\"type\":{System.Text.Json.JsonSerializer.Serialize(request.ContentType ?? string.Empty)},\"custom\":{System.Text.Json.JsonSerializer.Serialize(request.Headers["X-Custom"] ?? string.Empty)},\"body\":{System.Text.Json.JsonSerializer.Serialize(body)}}}");
                    break;
                case "/text":
                    response.ContentType = "text/plain; charset=utf-8";
                    bytes = Encoding.UTF8.GetBytes("plain 文本");
                    break;
                case "/bin":
                    response.ContentType = "application/octet-stream";
                    bytes = new byte[256];
                    for (var b = 0; b < 256; b++)
                    {
                        bytes[b] = (byte)b;
                    }

                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                    bytes = Encoding.UTF8.GetBytes("late");
                    break;
                default:
                    response.StatusCode = 404;
                    bytes = Encoding.UTF8.GetBytes("{\"error\":\"not found\"}");
                    break;
            }

            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or IOException or ObjectDisposedException)
        {
            response.Abort();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }
}
