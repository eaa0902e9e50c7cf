using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// One class on a node with the style scope glass-easel sent with it (<c>addClass(name, scope)</c>).
/// Scope 0 is the global scope (app.wxss and classes written without a component prefix).
/// </summary>
public readonly record struct ClassEntry(Atom Name, int Scope);
