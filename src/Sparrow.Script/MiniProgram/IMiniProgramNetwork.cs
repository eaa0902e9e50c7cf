using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// How <c>wx.request</c> reaches the network. The default is <see cref="HttpClientNetwork"/>; an
/// embedder may route requests through its own stack (a proxy, a recorder, a test double). The
/// runtime checks the domain list, the timeout and aborts before and around this call.
/// </summary>
public interface IMiniProgramNetwork
{
    /// <summary>
    /// Sends one request; calls <paramref name="headersReceived"/> (from any thread) once the
    /// status and headers are known, before the body is read. Cancellation means an abort or a
    /// timeout; any other exception is a network failure (<c>"request:fail &lt;message&gt;"</c>).
    /// </summary>
    Task<NetworkResponse> SendAsync(NetworkRequest request, Action<int, IReadOnlyList<KeyValuePair<string, string>>>? headersReceived, CancellationToken cancellationToken);
}
