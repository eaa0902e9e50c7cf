using System.Collections.Generic;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// What the render side is told: each page's op batches (<see cref="MiniProgramRuntimeOptions.OnOpBatch"/>)
/// and page events (<see cref="MiniProgramRuntimeOptions.OnPage"/>).
/// </summary>
/// <remarks>
/// Every page writes its own connection of one <see cref="OpStreamChannel"/> (its writer stamps the
/// page id into the control words; a page writing after another cuts the other's records into a
/// batch first). Batches and events wait in one outbox, in the order they happened, and leave
/// together at the end of the task: the channel's end-of-task hook, added first, takes the last
/// batch; ours, added after it, empties the outbox. A page's Closed event first cuts the page's
/// pending records, so no batch of a page follows its Closed.
/// </remarks>
public sealed partial class MiniProgramRuntime
{
    /// <summary>The op buffer's starting size; a task that writes more spills into parts, a bigger record grows it.</summary>
    private const int OpBufferBytes = 64 * 1024;

    private readonly List<Outgoing> _outbox = [];
    private OpStreamChannel? _ops;

    private bool WantsPageOutput => Options.OnOpBatch is not null || Options.OnPage is not null || Options.OnRenderRequest is not null;

    /// <summary>On the logic thread, before the base library starts: the channel and the page-event function, if wanted.</summary>
    private void InstallPageOutput(JsContext context)
    {
        if (!WantsPageOutput)
        {
            return;
        }

        context.DefineFunction("__sparrow_mp_page", PageChanged);
        if (Options.OnRenderRequest is not null)
        {
            context.DefineFunction("__sparrow_mp_render", RenderRequested);
        }

        if (Options.OnOpBatch is not null)
        {
            _ops = OpStreamChannel.Install(context, OpBufferBytes, (page, bytes) => _outbox.Add(new Outgoing(new PageOpBatch(page, bytes, System.Diagnostics.Stopwatch.GetTimestamp()), default)));
        }

        context.Runtime.AddEndOfTaskHook(_ => DeliverPageOutput());
    }

    /// <summary><c>__sparrow_mp_page(kind, id, route)</c>: a page was opened, shown, hidden or closed.</summary>
    private JsValue PageChanged(JsHostCall call)
    {
        var kind = (PageEventKind)call.GetInt32(0);
        var page = call.GetInt32(1);
        if (kind == PageEventKind.Closed && _ops is not null && _ops.PendingConnection == page)
        {
            _ops.Flush();
        }

        if (Options.OnPage is not null)
        {
            _outbox.Add(new Outgoing(default, new PageEvent(kind, page, call.GetString(2) ?? string.Empty)));
        }

        return JsValue.Undefined;
    }

    /// <summary><c>__sparrow_mp_render(page, id, kind, json)</c>: a request for the render side (docs/queries.md).</summary>
    private JsValue RenderRequested(JsHostCall call)
    {
        var page = call.GetInt32(0);
        if (_ops is not null && _ops.PendingConnection == page)
        {
            // The request is about the tree as written so far: its records go first.
            _ops.Flush();
        }

        _outbox.Add(new Outgoing(default, default, new RenderRequest(page, call.GetInt32(1), call.GetString(2) ?? string.Empty, call.GetString(3) ?? "{}")));
        return JsValue.Undefined;
    }

    private void DeliverPageOutput()
    {
        if (_outbox.Count == 0)
        {
            return;
        }

        // Taken first: a callback that throws loses its task's output, never repeats it.
        var items = _outbox.ToArray();
        _outbox.Clear();
        foreach (var item in items)
        {
            if (item.Request is { } request)
            {
                Options.OnRenderRequest?.Invoke(request);
            }
            else if (item.Batch.Bytes is not null)
            {
                Options.OnOpBatch?.Invoke(item.Batch);
            }
            else
            {
                Options.OnPage?.Invoke(item.Event);
            }
        }
    }

    /// <summary>A render request (when set), a batch (when <see cref="PageOpBatch.Bytes"/> is set) or a page event.</summary>
    private readonly record struct Outgoing(PageOpBatch Batch, PageEvent Event, RenderRequest? Request = null);
}
