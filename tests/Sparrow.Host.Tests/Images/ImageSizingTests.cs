using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Images;

/// <summary>
/// Image sizes from the picture (<c>widthFix</c>, <c>heightFix</c>), network sources through the
/// runtime's network, and loads kept per resolved package path (tests/data/components-images).
/// </summary>
public sealed class ImageSizingTests
{
    [Fact]
    public void WidthFix_takes_its_height_from_the_width_and_the_natural_aspect_ratio()
    {
        using var session = Start(new DiagnosticBag());
        var wide = session.ClientBoxOf(session.FindElement("#wfix"))!.Value;
        Assert.Equal(100, wide.Width, 0.01);
        Assert.Equal(100 * 30 / 40f, wide.Height, 0.01); // pic.png is 40×30

        // The same width without the mode keeps the user-agent height (240 px).
        var plain = session.ClientBoxOf(session.FindElement("#plain"))!.Value;
        Assert.Equal(240, plain.Height, 0.01);
    }

    [Fact]
    public void HeightFix_takes_its_width_from_the_height_and_the_natural_aspect_ratio()
    {
        using var session = Start(new DiagnosticBag());
        var tall = session.ClientBoxOf(session.FindElement("#hfix"))!.Value;
        Assert.Equal(60, tall.Height, 0.01);
        Assert.Equal(60 * 40 / 30f, tall.Width, 0.01);
    }

    [Fact]
    public void The_same_relative_src_on_pages_in_two_folders_names_two_images()
    {
        using var session = Start(new DiagnosticBag());
        PackageSessions.OnPage(session, "p.openB()");
        session.RenderFrame(capture: false);
        var events = PackageSessions.Events(session);
        Assert.Contains("load rel 40x30", events);
        Assert.Contains("load b-rel 20x10", events); // not page a's 40×30 picture from the cache
    }

    [Fact]
    public void An_http_image_is_fetched_through_the_network_and_fires_bindload()
    {
        var png = File.ReadAllBytes(RepoPaths.Of("tests", "data", "components-images", "http.png"));
        using var server = new TinyHttpServer(path => path == "/pic.png" ? (200, png) : (404, []));
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        PackageSessions.OnPage(session, $"p.loadNet('{server.Url}pic.png')");
        session.RenderFrame(capture: false);
        Assert.Contains("load net 24x12", PackageSessions.Events(session));
        Assert.Equal(1, server.Requests);
        Assert.Contains($"{server.Url}pic.png", session.ImageRequests);
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_failing_http_image_fires_binderror_with_the_status()
    {
        using var server = new TinyHttpServer(_ => (404, []));
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        PackageSessions.OnPage(session, $"p.loadNet('{server.Url}missing.png')");
        session.RenderFrame(capture: false);
        var error = Assert.Single(PackageSessions.Events(session), e => e.StartsWith("error net ", StringComparison.Ordinal));
        Assert.Contains("404", error, StringComparison.Ordinal);
        Assert.Single(diagnostics.Snapshot(), d => d.Code == HostDiagnosticCodes.ImageNotLoaded);
    }

    private static HeadlessSession Start(DiagnosticBag diagnostics)
    {
        var package = PackageLoader.Load(RepoPaths.Of("tests", "data", "components-images"), diagnostics);
        var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics, Draw = false });
        session.Settle();
        session.RenderFrame(capture: false);
        return session;
    }

    /// <summary>A one-connection-at-a-time HTTP/1.0 server on 127.0.0.1 (no internet here): answers each GET with what <c>answer</c> gives for its path.</summary>
    private sealed class TinyHttpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Func<string, (int Status, byte[] Body)> _answer;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _requests;

        public TinyHttpServer(Func<string, (int Status, byte[] Body)> answer)
        {
            _answer = answer;
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
            _loop = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public int Requests => Volatile.Read(ref _requests);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }

            _stop.Dispose();
        }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                using (client)
                {
                    var stream = client.GetStream();
                    using var reader = new StreamReader(stream, leaveOpen: true);
                    var requestLine = await reader.ReadLineAsync().ConfigureAwait(false) ?? string.Empty;
                    while (!string.IsNullOrEmpty(await reader.ReadLineAsync().ConfigureAwait(false)))
                    {
                    }

                    Interlocked.Increment(ref _requests);
                    var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
                    var (status, body) = _answer(path);
                    var head = $"HTTP/1.0 {status} X\r\nContent-Type: image/png\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                    await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
                    await stream.WriteAsync(body).ConfigureAwait(false);
                }
            }
        }
    }
}
