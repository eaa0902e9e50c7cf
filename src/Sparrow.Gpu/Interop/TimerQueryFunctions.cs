namespace Sparrow.Gpu.Interop;

/// <summary>
/// The entry points of <c>GL_EXT_disjoint_timer_query</c>, looked up once per context through
/// <see cref="Egl.eglGetProcAddress"/>. <see cref="TryLoad"/> gives null unless the context lists the
/// extension and every function resolves.
/// </summary>
internal sealed unsafe class TimerQueryFunctions
{
    public const string Extension = "GL_EXT_disjoint_timer_query";

    private TimerQueryFunctions()
    {
    }

    public delegate* unmanaged<int, uint*, void> GenQueries { get; private init; }

    public delegate* unmanaged<int, uint*, void> DeleteQueries { get; private init; }

    public delegate* unmanaged<uint, uint, void> BeginQuery { get; private init; }

    public delegate* unmanaged<uint, void> EndQuery { get; private init; }

    public delegate* unmanaged<uint, uint, uint*, void> GetQueryObjectuiv { get; private init; }

    public delegate* unmanaged<uint, uint, ulong*, void> GetQueryObjectui64v { get; private init; }

    /// <summary>The functions, with a context current; null when the extension is absent.</summary>
    public static TimerQueryFunctions? TryLoad()
    {
        if (!Gl.HasExtension(Extension))
        {
            return null;
        }

        var gen = Proc("glGenQueriesEXT");
        var delete = Proc("glDeleteQueriesEXT");
        var begin = Proc("glBeginQueryEXT");
        var end = Proc("glEndQueryEXT");
        var getUint = Proc("glGetQueryObjectuivEXT");
        var getUint64 = Proc("glGetQueryObjectui64vEXT");
        if (gen == 0 || delete == 0 || begin == 0 || end == 0 || getUint == 0 || getUint64 == 0)
        {
            return null;
        }

        return new TimerQueryFunctions
        {
            GenQueries = (delegate* unmanaged<int, uint*, void>)gen,
            DeleteQueries = (delegate* unmanaged<int, uint*, void>)delete,
            BeginQuery = (delegate* unmanaged<uint, uint, void>)begin,
            EndQuery = (delegate* unmanaged<uint, void>)end,
            GetQueryObjectuiv = (delegate* unmanaged<uint, uint, uint*, void>)getUint,
            GetQueryObjectui64v = (delegate* unmanaged<uint, uint, ulong*, void>)getUint64,
        };
    }

    private static nint Proc(string name)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(name + "\0");
        fixed (byte* p = bytes)
        {
            return Egl.eglGetProcAddress(p);
        }
    }
}
