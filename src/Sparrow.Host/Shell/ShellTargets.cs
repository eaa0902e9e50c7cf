using System.Globalization;

namespace Sparrow.Host.Shell;

/// <summary>
/// The names of the shell's parts a touch can land on: the ids of the shell tree's elements
/// (<see cref="ShellTreeWriter"/>) and what input scripts name with <c>{"tap": {"shell": "tab:1"}}</c>.
/// </summary>
public static class ShellTargets
{
    public const string Back = "back";
    public const string NavigationBar = "navbar";
    public const string TabBar = "tabbar";
    public const string Toast = "toast";
    public const string Mask = "mask";
    public const string ModalConfirm = "modal:confirm";
    public const string ModalCancel = "modal:cancel";
    public const string ActionSheetCancel = "actionsheet:cancel";

    /// <summary>The tabBar item at <paramref name="index"/>.</summary>
    public static string Tab(int index) => "tab:" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The action-sheet item at <paramref name="index"/>.</summary>
    public static string ActionSheetItem(int index) => "actionsheet:" + index.ToString(CultureInfo.InvariantCulture);
}
