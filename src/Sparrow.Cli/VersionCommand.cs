using System;
using System.Reflection;
using Sparrow.Script;

namespace Sparrow.Cli;

/// <summary><c>sparrow --version</c>: the engine's version, then the shim and V8 versions.</summary>
internal static class VersionCommand
{
    public static int Run(CliConsole console)
    {
        var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        console.Out.WriteLine($"sparrow {version}");
        try
        {
            console.Out.WriteLine(JsRuntime.EngineVersion);
        }
        catch (DllNotFoundException)
        {
            console.Out.WriteLine("V8 shim not found (run ./dev setup)");
        }

        console.Out.WriteLine($".NET {Environment.Version}{(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? string.Empty : " (native AOT)")}");
        return ExitCodes.Ok;
    }
}
