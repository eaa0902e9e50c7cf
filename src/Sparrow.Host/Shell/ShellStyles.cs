namespace Sparrow.Host.Shell;

/// <summary>
/// The shell's stylesheet: WeChat's bar geometry and WeUI's toast, dialog and action sheet
/// (weui.css: <c>.weui-toast</c>, <c>.weui-dialog</c>, <c>.weui-actionsheet</c>) as far as the headless
/// shell draws them. Colors that come from the app or the wx calls are inline styles
/// (<see cref="ShellTreeWriter"/>).
/// </summary>
internal static class ShellStyles
{
    public const string Sheet = """
        .layer { position: fixed; left: 0; top: 0; right: 0; bottom: 0; display: flex; flex-direction: column; }
        .center { align-items: center; justify-content: center; }
        .through { pointer-events: none; }
        .nav { display: block; position: fixed; left: 0; top: 0; right: 0; height: 64px; }
        .nav-bar { position: absolute; left: 0; right: 0; top: 20px; height: 44px; display: flex; flex-direction: row; align-items: center; justify-content: center; }
        .nav-title { display: block; font-size: 17px; font-weight: bold; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 200px; }
        .nav-loading { display: block; width: 12px; height: 12px; margin-right: 6px; border-width: 2px; border-style: solid; border-radius: 50%; }
        .nav-back { position: absolute; left: 0; top: 0; width: 44px; height: 44px; display: flex; align-items: center; justify-content: center; }
        .chevron { display: block; width: 10px; height: 10px; margin-left: 5px; border-left-width: 2px; border-bottom-width: 2px; border-left-style: solid; border-bottom-style: solid; transform: rotate(45deg); }
        .tabbar { position: fixed; left: 0; right: 0; height: 50px; display: flex; flex-direction: row; }
        .tab { flex: 1; position: relative; display: flex; flex-direction: column; align-items: center; justify-content: center; }
        .tab-icon { display: block; width: 24px; height: 24px; }
        .tab-text { display: block; font-size: 10px; line-height: 14px; margin-top: 2px; white-space: nowrap; }
        .tab-text-top { display: block; font-size: 15px; line-height: 20px; white-space: nowrap; }
        .tab-underline { display: block; position: absolute; left: 25%; right: 25%; bottom: 0; height: 2px; }
        .badge { display: block; position: absolute; top: 3px; left: 50%; margin-left: 6px; min-width: 16px; height: 16px; padding-left: 4px; padding-right: 4px; border-radius: 8px; background-color: #fa5151; color: #ffffff; font-size: 12px; line-height: 16px; text-align: center; white-space: nowrap; }
        .dot { display: block; position: absolute; top: 4px; left: 50%; margin-left: 10px; width: 8px; height: 8px; border-radius: 4px; background-color: #fa5151; }
        .toast { width: 136px; min-height: 136px; border-radius: 12px; background-color: rgba(76, 76, 76, 0.9); display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 16px; box-sizing: border-box; }
        .toast-text-only { display: block; max-width: 240px; border-radius: 12px; background-color: rgba(76, 76, 76, 0.9); padding: 12px 16px; }
        .toast-text { display: block; color: #ffffff; font-size: 17px; line-height: 24px; text-align: center; margin-top: 12px; }
        .toast-text-plain { display: block; color: #ffffff; font-size: 17px; line-height: 24px; text-align: center; }
        .toast-image { display: block; width: 40px; height: 40px; }
        .icon-box { width: 40px; height: 40px; display: flex; align-items: center; justify-content: center; }
        .icon-check { display: block; width: 12px; height: 24px; margin-bottom: 6px; border-right-width: 3px; border-bottom-width: 3px; border-right-style: solid; border-bottom-style: solid; border-color: #ffffff; transform: rotate(45deg); }
        .icon-ring { width: 34px; height: 34px; border-width: 3px; border-style: solid; border-color: #ffffff; border-radius: 50%; display: flex; align-items: center; justify-content: center; }
        .icon-spinner { display: block; width: 34px; height: 34px; border-width: 3px; border-style: solid; border-color: rgba(255, 255, 255, 0.3); border-top-color: #ffffff; border-radius: 50%; }
        .icon-bang { display: block; color: #ffffff; font-size: 22px; font-weight: bold; line-height: 24px; }
        .mask { background-color: rgba(0, 0, 0, 0.6); }
        .modal { width: 300px; border-radius: 12px; background-color: #ffffff; display: flex; flex-direction: column; }
        .modal-title { display: block; padding: 32px 24px 8px 24px; font-size: 17px; font-weight: bold; line-height: 24px; color: #000000; text-align: center; }
        .modal-content { display: block; padding: 8px 24px 32px 24px; font-size: 17px; line-height: 24px; text-align: center; }
        .modal-buttons { height: 56px; display: flex; flex-direction: row; border-top-width: 1px; border-top-style: solid; border-top-color: rgba(0, 0, 0, 0.1); }
        .modal-button { flex: 1; display: flex; align-items: center; justify-content: center; font-size: 17px; font-weight: bold; }
        .modal-divider { border-left-width: 1px; border-left-style: solid; border-left-color: rgba(0, 0, 0, 0.1); }
        .sheet { position: fixed; left: 0; right: 0; bottom: 0; background-color: #f7f7f7; border-top-left-radius: 12px; border-top-right-radius: 12px; display: flex; flex-direction: column; overflow: hidden; }
        .sheet-alert { height: 56px; display: flex; align-items: center; justify-content: center; background-color: #ffffff; color: rgba(0, 0, 0, 0.5); font-size: 14px; }
        .sheet-item { height: 56px; display: flex; align-items: center; justify-content: center; background-color: #ffffff; font-size: 17px; }
        .sheet-line { border-top-width: 1px; border-top-style: solid; border-top-color: rgba(0, 0, 0, 0.1); }
        .sheet-cancel { margin-top: 8px; color: #000000; }
        """;
}
