using System.Text;
using Sparrow.Host.Embedding;
using Sparrow.Host.Shell;

namespace Sparrow.Native;

/// <summary>One program's C shell callbacks (<c>sparrow_set_shell_callbacks</c>): its events, passed on as JSON valid for the call.</summary>
internal sealed unsafe class ShellCallbacks
{
    private readonly nint _handle;
    private readonly delegate* unmanaged<nint, nint, byte*, nuint, void> _onNavigationBar;
    private readonly delegate* unmanaged<nint, nint, byte*, nuint, void> _onTabBar;
    private readonly nint _userData;

    private ShellCallbacks(nint handle, delegate* unmanaged<nint, nint, byte*, nuint, void> onNavigationBar, delegate* unmanaged<nint, nint, byte*, nuint, void> onTabBar, nint userData)
    {
        _handle = handle;
        _onNavigationBar = onNavigationBar;
        _onTabBar = onTabBar;
        _userData = userData;
    }

    /// <summary>Replaces <paramref name="program"/>'s callbacks (NULL ones: none).</summary>
    public static void Set(MiniProgram program, nint handle, delegate* unmanaged<nint, nint, byte*, nuint, void> onNavigationBar, delegate* unmanaged<nint, nint, byte*, nuint, void> onTabBar, nint userData)
    {
        var callbacks = new ShellCallbacks(handle, onNavigationBar, onTabBar, userData);
        program.UserState = callbacks;
        program.NavigationBarChanged -= Forward;
        program.TabBarChanged -= Forward;
        program.NavigationBarChanged += Forward;
        program.TabBarChanged += Forward;
        program.ResendShellState();
    }

    private static void Forward(object? sender, NavigationBarState bar)
    {
        if (sender is MiniProgram { UserState: ShellCallbacks c } && c._onNavigationBar != null)
        {
            c.Call(c._onNavigationBar, ShellJson.Of(bar));
        }
    }

    private static void Forward(object? sender, TabBarState tabBar)
    {
        if (sender is MiniProgram { UserState: ShellCallbacks c } && c._onTabBar != null)
        {
            c.Call(c._onTabBar, ShellJson.Of(tabBar));
        }
    }

    private void Call(delegate* unmanaged<nint, nint, byte*, nuint, void> callback, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + "\0");
        fixed (byte* p = bytes)
        {
            callback(_userData, _handle, p, (nuint)(bytes.Length - 1));
        }
    }
}
