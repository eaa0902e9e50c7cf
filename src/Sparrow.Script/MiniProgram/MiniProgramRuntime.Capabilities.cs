using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Core;

namespace Sparrow.Script.MiniProgram;

public sealed partial class MiniProgramRuntime
{
    private readonly CancellationTokenSource _lifetime = new();
    private JsFunction? _settle;

    /// <summary>
    /// <c>__sparrow_mp_capability(api, argsJson, id)</c>: starts an <see cref="IMiniProgramHost"/>
    /// call; its outcome settles call <c>id</c> in a later task (lib/wx/host-calls.js).
    /// </summary>
    private JsValue CallCapability(JsHostCall call)
    {
        var api = call.GetString(0) ?? string.Empty;
        var args = call.GetString(1) ?? "{}";
        var id = call.GetInt32(2);
        Task<string> work;
        try
        {
            using var document = JsonDocument.Parse(args);
            work = StartCapability(api, document.RootElement.Clone());
        }
#pragma warning disable CA1031 // Whatever the embedder's code throws becomes a fail result.
        catch (Exception e)
#pragma warning restore CA1031
        {
            work = Task.FromException<string>(e);
        }

        _ = DeliverCapabilityAsync(api, id, work);
        return JsValue.Undefined;
    }

    private Task<string> StartCapability(string api, JsonElement args)
    {
        var host = Options.Host;
        var token = _lifetime.Token;
        return api switch
        {
            "login" => Then(host.LoginAsync(token), code => Json(w => w.WriteString("code", code))),
            "requestPayment" => Then(host.RequestPaymentAsync(
                new PaymentRequest(Text(args, "timeStamp"), Text(args, "nonceStr"), Text(args, "package"), Text(args, "signType", "MD5"), Text(args, "paySign")), token)),
            "shareAppMessage" => Then(host.ShareAppMessageAsync(new ShareMessage(TextOrNull(args, "title"), TextOrNull(args, "path"), TextOrNull(args, "imageUrl")), token)),
            "scanCode" => Then(host.ScanCodeAsync(new ScanCodeRequest(args.TryGetProperty("onlyFromCamera", out var camera) && camera.ValueKind == JsonValueKind.True, Texts(args, "scanType", "barCode", "qrCode")), token), WriteScan),
            "getUserProfile" or "getUserInfo" => Then(host.GetUserProfileAsync(api == "getUserProfile" ? Text(args, "desc") : null, token), WriteUser),
            "chooseImage" => Then(host.ChooseImageAsync(new ChooseImageRequest(
                args.TryGetProperty("count", out var count) && count.TryGetInt32(out var n) ? Math.Clamp(n, 1, 9) : 9,
                Texts(args, "sizeType", "original", "compressed"), Texts(args, "sourceType", "album", "camera")), token), WriteImages),
            "makePhoneCall" => Then(host.MakePhoneCallAsync(Text(args, "phoneNumber"), token)),
            "setClipboardData" => Then(host.SetClipboardDataAsync(Text(args, "data"), token)),
            "getClipboardData" => Then(host.GetClipboardDataAsync(token), data => Json(w => w.WriteString("data", data))),
            "navigateToMiniProgram" => Then(host.NavigateToMiniProgramAsync(
                new MiniProgramTarget(Text(args, "appId"), TextOrNull(args, "path"), RawOrNull(args, "extraData"), Text(args, "envVersion", "release")), token)),
            "navigateBackMiniProgram" => Then(host.NavigateBackMiniProgramAsync(RawOrNull(args, "extraData"), token)),
            "exitMiniProgram" => Then(host.ExitMiniProgramAsync(token)),
            "openOfficialAccountArticle" => Then(host.OpenUrlAsync(Text(args, "url"), token)),
            _ => throw new JsHostException($"Unknown host capability '{api}'."),
        };
    }

    private async Task DeliverCapabilityAsync(string api, int id, Task<string> work)
    {
        string payload;
        var ok = false;
        try
        {
            payload = await work.ConfigureAwait(false);
            ok = true;
        }
        catch (MiniProgramHostException e)
        {
            payload = e.Reason;
        }
        catch (OperationCanceledException)
        {
            payload = "cancel";
        }
#pragma warning disable CA1031 // An embedder's failure must not crash the runtime: a fail result and a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            payload = e.Message;
            Report(Diagnostic.Error(MiniProgramDiagnosticCodes.HostCapabilityFailed, $"The host's {api} failed: {e.GetType().Name}: {e.Message}", SourceLocation.None));
        }

        Settle(id, ok, ok ? JsValue.FromJson(payload) : JsValue.FromString(payload));
    }

    /// <summary>
    /// Posts a task that settles async host call <paramref name="id"/> in JS (success with an
    /// object, failure with the errMsg reason, or an intermediate event). From any thread; a
    /// runtime being disposed drops it.
    /// </summary>
    private void Settle(int id, bool ok, JsValue payload, string kind = "done")
    {
        if (_lifetime.IsCancellationRequested)
        {
            return;
        }

        _ = Js.InvokeAsync(context =>
        {
            _settle ??= context.AsFunction(Call(context, "__sparrowHost.settle", "settle"))
                ?? throw new InvalidOperationException("The base library has no __sparrowHost.settle.");
            var result = _settle.Call(JsValue.FromNumber(id), JsValue.FromBoolean(ok), payload, JsValue.FromString(kind));
            if (!result.IsOk)
            {
                Report(result.Error.ToDiagnostic());
            }
        }).ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private static async Task<string> Then(Task work)
    {
        await work.ConfigureAwait(false);
        return "{}";
    }

    private static async Task<string> Then<T>(Task<T> work, Func<T, string> write) => write(await work.ConfigureAwait(false));

    private static string WriteScan(ScanCodeResult r) => Json(w =>
    {
        w.WriteString("result", r.Result);
        w.WriteString("scanType", r.ScanType);
        w.WriteString("charSet", r.CharSet);
        w.WriteString("path", r.Path ?? string.Empty);
        w.WriteString("rawData", r.RawData ?? Convert.ToBase64String(Encoding.UTF8.GetBytes(r.Result)));
    });

    private static string WriteUser(UserProfile u)
    {
        var user = Json(w =>
        {
            w.WriteString("nickName", u.NickName);
            w.WriteString("avatarUrl", u.AvatarUrl);
            w.WriteNumber("gender", u.Gender);
            w.WriteString("country", u.Country);
            w.WriteString("province", u.Province);
            w.WriteString("city", u.City);
            w.WriteString("language", u.Language);
        });
        return Json(w =>
        {
            w.WritePropertyName("userInfo");
            w.WriteRawValue(user);
            w.WriteString("rawData", user);
        });
    }

    private static string WriteImages(IReadOnlyList<ChosenFile> files) => Json(w =>
    {
        w.WriteStartArray("tempFilePaths");
        foreach (var file in files)
        {
            w.WriteStringValue(file.Path);
        }

        w.WriteEndArray();
        w.WriteStartArray("tempFiles");
        foreach (var file in files)
        {
            w.WriteStartObject();
            w.WriteString("path", file.Path);
            w.WriteNumber("size", file.Size);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static string Json(Action<Utf8JsonWriter> write) => JsonText.Object(write);

    private static string? TextOrNull(JsonElement args, string name) =>
        args.ValueKind == JsonValueKind.Object && args.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null && v.ValueKind != JsonValueKind.Undefined
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())
            : null;

    private static string? RawOrNull(JsonElement args, string name) =>
        args.ValueKind == JsonValueKind.Object && args.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetRawText() : null;

    private static string Text(JsonElement args, string name, string fallback = "") => TextOrNull(args, name) ?? fallback;

    private static string[] Texts(JsonElement args, string name, params string[] fallback)
    {
        if (args.ValueKind != JsonValueKind.Object || !args.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            return fallback;
        }

        var list = new List<string>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
        }

        return list.ToArray();
    }
}
