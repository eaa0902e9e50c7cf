using System;
using System.Diagnostics.CodeAnalysis;

namespace Sparrow.Core;

/// <summary>
/// Throws for broken invariants (engine bugs), never for bad user content, which is a <see cref="Diagnostic"/>.
/// Kept out of line so hot callers stay small.
/// </summary>
public static class ThrowHelper
{
    [DoesNotReturn]
    public static void InvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void ArgumentOutOfRange(string paramName, string message) =>
        throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static void Argument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void ObjectDisposed(string objectName) => throw new ObjectDisposedException(objectName);
}
