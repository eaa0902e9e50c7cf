namespace Sparrow.Script.Interop;

/// <summary>Mirrors <c>sp_status</c> in native/include/sparrow_v8.h.</summary>
internal enum SpStatus
{
    Ok = 0,
    Argument = 1,
    Compile = 2,
    Exception = 3,
    Terminated = 4,
    HeapLimit = 5,
    State = 6,
    Internal = 7,
}
