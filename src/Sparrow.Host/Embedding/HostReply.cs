using System;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

/// <summary>
/// The answer to one <see cref="JsonHost"/> request: call exactly one of <see cref="Succeed"/>,
/// <see cref="Fail"/> or <see cref="Error"/>, from any thread, now or later. Later answers are ignored.
/// </summary>
public sealed class HostReply
{
    private readonly TaskCompletionSource<string> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal HostReply(string api) => Api = api;

    /// <summary>The wx API asked for (<c>login</c>, <c>navigateToMiniProgram</c>, …).</summary>
    public string Api { get; }

    /// <summary>The answer as a task: the result JSON, or the failure.</summary>
    internal Task<string> Outcome => _outcome.Task;

    /// <summary>Completes once the call is answered, or abandoned because the program closed (then nothing reaches JS).</summary>
    public Task Answered => _outcome.Task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>The call succeeds with <paramref name="resultJson"/> (a JSON object; null or empty: <c>{}</c>). False when already answered.</summary>
    public bool Succeed(string? resultJson) => _outcome.TrySetResult(string.IsNullOrWhiteSpace(resultJson) ? "{}" : resultJson);

    /// <summary>The call fails the WeChat way: JS gets <c>"&lt;api&gt;:fail &lt;reason&gt;"</c> (e.g. <c>cancel</c>); no diagnostic. False when already answered.</summary>
    public bool Fail(string reason) => _outcome.TrySetException(new MiniProgramHostException(reason));

    /// <summary>The host failed (a bug, an unusable service): JS gets a fail with <paramref name="message"/> and the program gets diagnostic SP2109. False when already answered.</summary>
    public bool Error(string message) => _outcome.TrySetException(new InvalidOperationException(message));

    /// <summary>The call is not answered when <paramref name="token"/> fires (the program closes): JS gets <c>fail cancel</c>.</summary>
    internal void CancelWith(CancellationToken token) =>
        token.Register(static state => ((TaskCompletionSource<string>)state!).TrySetCanceled(), _outcome);
}
