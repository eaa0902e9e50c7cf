using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// What only the embedding app can do for a mini program: sign the user in, pay, share, scan,
/// pick images, call, use the clipboard, open another mini program or a URL. Every member has a default that fails with
/// <see cref="HostCapabilityNotProvidedException"/> (the mini program sees
/// <c>"login:fail not provided by this host"</c>), so an embedder implements only what it offers.
/// </summary>
/// <remarks>
/// Members are called on the logic thread and must return quickly (start the work, return the
/// task). The result reaches the mini program in a later JS task. Throw
/// <see cref="MiniProgramHostException"/> for a WeChat-style failure (<c>"cancel"</c> becomes
/// <c>"requestPayment:fail cancel"</c>); any other exception also fails the call and is reported
/// as diagnostic SP2109.
/// </remarks>
public interface IMiniProgramHost
{
    /// <summary><c>wx.login</c>: a one-time code the app's server exchanges for a session.</summary>
    Task<string> LoginAsync(CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.requestPayment</c>: completes when the user has paid.</summary>
    Task RequestPaymentAsync(PaymentRequest request, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.shareAppMessage</c>: completes when the message was shared.</summary>
    Task ShareAppMessageAsync(ShareMessage message, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.scanCode</c>.</summary>
    Task<ScanCodeResult> ScanCodeAsync(ScanCodeRequest request, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.getUserProfile</c> (<paramref name="reason"/> is its <c>desc</c>) and <c>wx.getUserInfo</c> (null reason).</summary>
    Task<UserProfile> GetUserProfileAsync(string? reason, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.chooseImage</c>: the chosen files (paths the mini program can show).</summary>
    Task<IReadOnlyList<ChosenFile>> ChooseImageAsync(ChooseImageRequest request, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.makePhoneCall</c>.</summary>
    Task MakePhoneCallAsync(string phoneNumber, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.setClipboardData</c>.</summary>
    Task SetClipboardDataAsync(string data, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.getClipboardData</c>.</summary>
    Task<string> GetClipboardDataAsync(CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.navigateToMiniProgram</c>: open another mini program; completes when it was opened (the call's success).</summary>
    Task NavigateToMiniProgramAsync(MiniProgramTarget target, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.navigateBackMiniProgram</c>: return to the mini program that opened this one, passing <paramref name="extraDataJson"/> (JSON, or null).</summary>
    Task NavigateBackMiniProgramAsync(string? extraDataJson, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.exitMiniProgram</c>: the mini program asks to be closed.</summary>
    Task ExitMiniProgramAsync(CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();

    /// <summary><c>wx.openOfficialAccountArticle</c>: open <paramref name="url"/> outside the mini program (a browser or the host's own view).</summary>
    Task OpenUrlAsync(string url, CancellationToken cancellationToken) => throw new HostCapabilityNotProvidedException();
}
