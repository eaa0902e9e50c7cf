using System;
using Sparrow.Core;

namespace Sparrow.Host.Embedding;

public sealed partial class MiniProgram
{
    private string? _lastRoute;

    /// <summary>
    /// The page on top changed (navigation, back, tab switch): the new route, or null when no page is
    /// open. Raised on the program's thread during <see cref="RenderFrame"/>. A handler that throws is
    /// reported as diagnostic SP1153 and the frame goes on.
    /// </summary>
    public event EventHandler<string?>? RouteChanged;

    // TODO(shell): navigation-bar and tabBar state events come from helper S's Sparrow.Host/Shell once it exposes them.
    // TODO(navigateToMiniProgram): wx.navigateToMiniProgram / URL requests need a base-library hook; not wired yet.

    private void RaiseRouteChanged()
    {
        var route = _session.CurrentRoute;
        if (route == _lastRoute)
        {
            return;
        }

        _lastRoute = route;
        try
        {
            RouteChanged?.Invoke(this, route);
        }
#pragma warning disable CA1031 // An app's handler must not stop the frame: its failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _diagnostics.Report(Diagnostic.Warning(EmbeddingDiagnosticCodes.CallbackFailed, "a RouteChanged handler threw: " + e.Message, SourceLocation.None));
        }
    }
}
