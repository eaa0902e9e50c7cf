using System;
using System.Runtime.InteropServices;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>The C ABI's answers to host capability requests and the shell callbacks.</summary>
internal static unsafe partial class Exports
{
    [UnmanagedCallersOnly(EntryPoint = "sparrow_call_succeed")]
    public static int CallSucceed(nint call, byte* resultJson, nuint length) =>
        Answer(call, reply => reply.Succeed(Utf8.Read(resultJson, length, "result_json", optional: true)));

    [UnmanagedCallersOnly(EntryPoint = "sparrow_call_fail")]
    public static int CallFail(nint call, byte* reason, nuint length) =>
        Answer(call, reply => reply.Fail(Utf8.Read(reason, length, "reason", optional: true) ?? "fail"));

    [UnmanagedCallersOnly(EntryPoint = "sparrow_call_error")]
    public static int CallError(nint call, byte* message, nuint length) =>
        Answer(call, reply => reply.Error(Utf8.Read(message, length, "message", optional: true) ?? "the host failed"));

    [UnmanagedCallersOnly(EntryPoint = "sparrow_set_shell_callbacks")]
    public static int SetShellCallbacks(
        nint program,
        delegate* unmanaged<nint, nint, byte*, nuint, void> onNavigationBar,
        delegate* unmanaged<nint, nint, byte*, nuint, void> onTabBar,
        nint userData)
    {
        try
        {
            var managed = Program(program);
            ShellCallbacks.Set(managed, program, onNavigationBar, onTabBar, userData);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    private static int Answer(nint call, Func<HostReply, bool> answer)
    {
        try
        {
            var reply = HandleTable.Get<HostReply>(call, "call");
            NativeHost.Forget(reply);
            if (!answer(reply))
            {
                throw new EmbeddingException(EmbeddingError.WrongState, $"the {reply.Api} call was already answered");
            }

            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }
}
