namespace Sparrow.Script;

/// <summary>
/// A C# function callable from JS. It runs on the logic thread, inside the JS call. Return
/// <see cref="JsValue.Error"/> or throw <see cref="JsHostException"/> to throw an Error in JS.
/// </summary>
public delegate JsValue HostFunction(JsHostCall call);
