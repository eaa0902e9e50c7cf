using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

/// <summary>
/// Host capabilities answered by one handler that takes the wx API's name and its options as JSON,
/// and answers through a <see cref="HostReply"/> with a JSON result: the shape the C ABI
/// (<c>sparrow_host</c>) and other language bindings use. The handler returns false for an API the
/// app does not offer (JS gets <c>"&lt;api&gt;:fail not provided by this host"</c>); if it throws, JS
/// gets a fail and the program diagnostic SP2109. Results are read by
/// docs/embedding.md's table (<c>login</c>: <c>{"code"}</c>, <c>scanCode</c>: <c>{"result","scanType"}</c>, …).
/// </summary>
public sealed class JsonHost : IMiniProgramHost
{
    private readonly Func<string, string, HostReply, bool> _handler;

    /// <summary>A host whose every capability goes to <paramref name="handler"/>(api, optionsJson, reply), called on the program's logic thread.</summary>
    public JsonHost(Func<string, string, HostReply, bool> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
    }

    /// <inheritdoc/>
    public async Task<string> LoginAsync(CancellationToken cancellationToken) =>
        Text(await Ask("login", "{}", cancellationToken).ConfigureAwait(false), "code");

    /// <inheritdoc/>
    public Task RequestPaymentAsync(PaymentRequest request, CancellationToken cancellationToken) =>
        Ask("requestPayment", Json(w =>
        {
            w.WriteString("timeStamp", request.TimeStamp);
            w.WriteString("nonceStr", request.NonceStr);
            w.WriteString("package", request.Package);
            w.WriteString("signType", request.SignType);
            w.WriteString("paySign", request.PaySign);
        }), cancellationToken);

    /// <inheritdoc/>
    public Task ShareAppMessageAsync(ShareMessage message, CancellationToken cancellationToken) =>
        Ask("shareAppMessage", Json(w =>
        {
            w.WriteString("title", message.Title);
            w.WriteString("path", message.Path);
            w.WriteString("imageUrl", message.ImageUrl);
        }), cancellationToken);

    /// <inheritdoc/>
    public async Task<ScanCodeResult> ScanCodeAsync(ScanCodeRequest request, CancellationToken cancellationToken)
    {
        var result = await Ask("scanCode", Json(w =>
        {
            w.WriteBoolean("onlyFromCamera", request.OnlyFromCamera);
            Strings(w, "scanType", request.ScanTypes);
        }), cancellationToken).ConfigureAwait(false);
        return new ScanCodeResult(Text(result, "result"), Text(result, "scanType", "QR_CODE"), Text(result, "charSet", "utf-8"), TextOrNull(result, "path"), TextOrNull(result, "rawData"));
    }

    /// <inheritdoc/>
    public async Task<UserProfile> GetUserProfileAsync(string? reason, CancellationToken cancellationToken)
    {
        var result = await Ask("getUserProfile", Json(w => w.WriteString("desc", reason)), cancellationToken).ConfigureAwait(false);
        var gender = result.TryGetProperty("gender", out var g) && g.TryGetInt32(out var n) ? n : 0;
        return new UserProfile(Text(result, "nickName"), Text(result, "avatarUrl"), gender, Text(result, "country"), Text(result, "province"), Text(result, "city"), Text(result, "language", "zh_CN"));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ChosenFile>> ChooseImageAsync(ChooseImageRequest request, CancellationToken cancellationToken)
    {
        var result = await Ask("chooseImage", Json(w =>
        {
            w.WriteNumber("count", request.Count);
            Strings(w, "sizeType", request.SizeTypes);
            Strings(w, "sourceType", request.SourceTypes);
        }), cancellationToken).ConfigureAwait(false);
        var files = new List<ChosenFile>();
        if (result.TryGetProperty("tempFiles", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var file in list.EnumerateArray())
            {
                files.Add(new ChosenFile(Text(file, "path"), file.TryGetProperty("size", out var size) && size.TryGetInt64(out var bytes) ? bytes : 0));
            }
        }

        return files;
    }

    /// <inheritdoc/>
    public Task MakePhoneCallAsync(string phoneNumber, CancellationToken cancellationToken) =>
        Ask("makePhoneCall", Json(w => w.WriteString("phoneNumber", phoneNumber)), cancellationToken);

    /// <inheritdoc/>
    public Task SetClipboardDataAsync(string data, CancellationToken cancellationToken) =>
        Ask("setClipboardData", Json(w => w.WriteString("data", data)), cancellationToken);

    /// <inheritdoc/>
    public async Task<string> GetClipboardDataAsync(CancellationToken cancellationToken) =>
        Text(await Ask("getClipboardData", "{}", cancellationToken).ConfigureAwait(false), "data");

    /// <inheritdoc/>
    public Task NavigateToMiniProgramAsync(MiniProgramTarget target, CancellationToken cancellationToken) =>
        Ask("navigateToMiniProgram", Json(w =>
        {
            w.WriteString("appId", target.AppId);
            w.WriteString("path", target.Path);
            w.WriteString("envVersion", target.EnvVersion);
            Raw(w, "extraData", target.ExtraDataJson);
        }), cancellationToken);

    /// <inheritdoc/>
    public Task NavigateBackMiniProgramAsync(string? extraDataJson, CancellationToken cancellationToken) =>
        Ask("navigateBackMiniProgram", Json(w => Raw(w, "extraData", extraDataJson)), cancellationToken);

    /// <inheritdoc/>
    public Task ExitMiniProgramAsync(CancellationToken cancellationToken) => Ask("exitMiniProgram", "{}", cancellationToken);

    /// <inheritdoc/>
    public Task OpenUrlAsync(string url, CancellationToken cancellationToken) =>
        Ask("openUrl", Json(w => w.WriteString("url", url)), cancellationToken);

    /// <summary>Hands the request to the handler and waits for its answer, parsed as a JSON object.</summary>
    private async Task<JsonElement> Ask(string api, string argsJson, CancellationToken cancellationToken)
    {
        var reply = new HostReply(api);
        reply.CancelWith(cancellationToken);
        if (!_handler(api, argsJson, reply))
        {
            throw new HostCapabilityNotProvidedException();
        }

        var json = await reply.Outcome.ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new InvalidOperationException($"the host's {api} result is not a JSON object: {json}");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"the host's {api} result is not JSON: {e.Message}", e);
        }
    }

    private static string Json(Action<Utf8JsonWriter> write) => JsonText.Object(write);

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Raw(Utf8JsonWriter w, string name, string? json)
    {
        if (json is not null)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(json);
        }
    }

    private static string? TextOrNull(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Text(JsonElement o, string name, string fallback = "") => TextOrNull(o, name) ?? fallback;
}
