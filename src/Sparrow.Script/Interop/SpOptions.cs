using System.Runtime.InteropServices;

namespace Sparrow.Script.Interop;

/// <summary>Mirrors <c>sp_runtime_options</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SpRuntimeOptions
{
    public long HeapLimitBytes;
    public int Reserved0;
    public int Reserved1;
}

/// <summary>Mirrors <c>sp_context_options</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SpContextOptions
{
    public int AllowCodeGeneration;
    public int Reserved;
}

/// <summary>Mirrors <c>sp_script_options</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SpScriptOptions
{
    public byte* Origin;
    public long OriginLen;
    public byte* Cache;
    public long CacheLen;
    public int ProduceCache;
    public int LineOffset;
    public int ColumnOffset;
    public int Reserved;
}

/// <summary>Mirrors <c>sp_buffer</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct SpBuffer
{
    public byte* Data;
    public long Len;
}

/// <summary>Mirrors <c>sp_heap_stats</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SpHeapStats
{
    public long UsedBytes;
    public long TotalBytes;
    public long LimitBytes;
    public long ExternalBytes;
}
