using System;
using System.Text;
using System.Threading.Tasks;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>
/// <c>sparrow_host</c> (native/include/sparrow.h) as a <see cref="JsonHost"/>: each wx capability
/// goes to its function pointer, NULL ones are "not provided by this host". A request is a
/// <c>sparrow_call</c> handle the app answers with <c>sparrow_call_succeed</c> / <c>_fail</c> /
/// <c>_error</c>; a function that returns non-zero is a host error (fail in JS, diagnostic SP2109).
/// </summary>
internal static unsafe class NativeHost
{
    public static JsonHost Of(HostNative host) => new((api, args, reply) =>
    {
        var function = FunctionOf(host, api);
        if (function == null)
        {
            return false;
        }

        var call = HandleTable.Add(reply);
        // The handle goes once answered, or when the program closes with the call unanswered.
        _ = reply.Answered.ContinueWith(_ => HandleTable.Remove(reply), TaskScheduler.Default);
        var apiBytes = Encoding.UTF8.GetBytes(api + "\0");
        var argBytes = Encoding.UTF8.GetBytes(args + "\0");
        int status;
        fixed (byte* a = apiBytes, j = argBytes)
        {
            status = function(host.UserData, call, a, (nuint)(apiBytes.Length - 1), j, (nuint)(argBytes.Length - 1));
        }

        if (status != 0)
        {
            Forget(reply);
            throw new InvalidOperationException($"the host's {api} returned error {status}");
        }

        return true;
    });

    /// <summary>An answered (or abandoned) call's handle goes.</summary>
    public static void Forget(HostReply reply) => HandleTable.Remove(reply);

    private static delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> FunctionOf(HostNative host, string api) => api switch
    {
        "login" => host.Login,
        "requestPayment" => host.RequestPayment,
        "shareAppMessage" => host.ShareAppMessage,
        "scanCode" => host.ScanCode,
        "getUserProfile" => host.GetUserProfile,
        "chooseImage" => host.ChooseImage,
        "makePhoneCall" => host.MakePhoneCall,
        "setClipboardData" => host.SetClipboardData,
        "getClipboardData" => host.GetClipboardData,
        "navigateToMiniProgram" => host.NavigateToMiniProgram,
        "navigateBackMiniProgram" => host.NavigateBackMiniProgram,
        "exitMiniProgram" => host.ExitMiniProgram,
        "openUrl" => host.OpenUrl,
        _ => null,
    };
}
