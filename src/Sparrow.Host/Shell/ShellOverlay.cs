using System.Collections.Generic;

namespace Sparrow.Host.Shell;

/// <summary>What covers the page and the bars: the toast slot (toast or loading) or a modal or an action sheet.</summary>
public abstract record ShellOverlay;

/// <summary>
/// <c>wx.showToast</c> (<see cref="Loading"/> false) or <c>wx.showLoading</c> (true): they share one
/// slot, a new one replaces the old. A toast hides at <see cref="HideAtMs"/> on the virtual clock.
/// </summary>
/// <param name="Title">The text.</param>
/// <param name="Icon"><c>success</c>, <c>error</c>, <c>loading</c> or <c>none</c>.</param>
/// <param name="Image">A package path drawn instead of the icon, or null.</param>
/// <param name="Mask">A transparent mask stops touches reaching the page.</param>
/// <param name="HideAtMs">When it hides (virtual clock, ms); infinity for a loading.</param>
/// <param name="Loading">Shown by <c>wx.showLoading</c>.</param>
public sealed record ToastOverlay(string Title, string Icon, string? Image, bool Mask, double HideAtMs, bool Loading) : ShellOverlay;

/// <summary><c>wx.showModal</c>, up until a button is tapped; the tap answers render request <see cref="RequestId"/>.</summary>
public sealed record ModalOverlay(int RequestId, string Title, string Content, bool ShowCancel, string CancelText, string CancelColor, string ConfirmText, string ConfirmColor) : ShellOverlay;

/// <summary><c>wx.showActionSheet</c>: up to six items and a cancel item; the tap answers render request <see cref="RequestId"/>.</summary>
public sealed record ActionSheetOverlay(int RequestId, string? AlertText, IReadOnlyList<string> Items, string ItemColor) : ShellOverlay;
