namespace Sparrow.Package.Archives;

/// <summary>One file of a package archive as its manifest lists it.</summary>
/// <param name="Path">Relative to the package root, <c>/</c>-separated, no leading slash.</param>
/// <param name="Size">Bytes, uncompressed.</param>
/// <param name="Sha256">SHA-256 of the bytes, 64 lowercase hex digits.</param>
public sealed record ManifestFile(string Path, long Size, string Sha256);
