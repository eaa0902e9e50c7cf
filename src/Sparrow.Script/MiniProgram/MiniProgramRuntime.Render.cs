using System.Globalization;
using System.Threading.Tasks;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// The render side's answers (docs/queries.md): each is posted as a task of its own; the render
/// thread never waits for the logic thread to take it.
/// </summary>
public sealed partial class MiniProgramRuntime
{
    /// <summary>
    /// Answers render request <paramref name="id"/> with the JSON value <paramref name="json"/>. With
    /// <paramref name="done"/> false the request stays open (an intersection observer's notifications).
    /// From any thread; returns the posted task (tests and headless hosts wait on it).
    /// </summary>
    public Task AnswerRenderRequest(int id, string json, bool done = true) =>
        Post(context => Call(context, $"__sparrowHost.renderAnswer({id.ToString(CultureInfo.InvariantCulture)}, {json}, {(done ? "true" : "false")})", "render answer"));

    /// <summary>
    /// Calls page hook <paramref name="hook"/> (<c>onPageScroll</c>, <c>onReachBottom</c>) of the open
    /// page <paramref name="pageId"/>, if it is still open, with the JSON argument; posted, not awaited by the render side.
    /// </summary>
    public Task PostPageHook(int pageId, string hook, string argumentJson) =>
        Post(context => Call(context, $"__sparrowHost.pageHook({pageId.ToString(CultureInfo.InvariantCulture)}, {JsString(hook)}, {argumentJson})", hook));

    /// <summary>
    /// Tells the base library a shell part was tapped (docs/shell.md): <c>back</c> (navigateBack) or
    /// <c>tabTap</c> (<c>{"index": n}</c>: onTabItemTap, then switchTab). Posted, not awaited by the render side.
    /// </summary>
    public Task PostShellCall(string action, string argumentJson) =>
        Post(context => Call(context, $"__sparrowShell.{action}({argumentJson})", "shell " + action));

    private Task Post(System.Action<JsContext> work) =>
        _lifetime.IsCancellationRequested ? Task.CompletedTask : Js.InvokeAsync(work);
}
