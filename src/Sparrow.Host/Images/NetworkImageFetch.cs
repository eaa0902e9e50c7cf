using System;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Images;

/// <summary>
/// Fetches an <c>http(s)</c> image <c>src</c> through the embedder's network
/// (<see cref="IMiniProgramNetwork"/>, the one <c>wx.request</c> uses), off the render thread. WeChat
/// loads network images without the request domain list (that list covers <c>wx.request</c>, not
/// <c>image</c>), so none is checked here.
/// </summary>
internal static class NetworkImageFetch
{
    /// <summary>How long one image may take before it counts as failed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(8);

    /// <summary>The body of a 2xx answer, or null with the reason (a status, a network error, a timeout).</summary>
    public static async Task<(byte[]? Body, string? Error)> GetAsync(IMiniProgramNetwork network, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return (null, "not a valid URL");
        }

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            var request = new NetworkRequest(uri, "GET", [], null);
            var response = await network.SendAsync(request, null, timeout.Token).ConfigureAwait(false);
            return response.StatusCode is >= 200 and < 300
                ? (response.Body, null)
                : (null, $"the server answered {response.StatusCode}");
        }
        catch (OperationCanceledException)
        {
            return (null, $"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any other failure of the embedder's network is the load's failure, as for wx.request.
            return (null, e.Message);
        }
    }
}
