using System;
using System.Text.Json.Serialization;

namespace Sparrow.Host.Capture;

/// <summary>The first entry of a capture container: the page, the window, the engine, and how many entries of each kind follow (checked on reading).</summary>
internal sealed record CaptureManifest(
    string Route,
    string Query,
    int Width,
    int Height,
    double PixelRatio,
    string EngineVersion,
    string Commit,
    DateTimeOffset Created,
    int Batches,
    int StyleSheets,
    int Images,
    bool HasData);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CaptureManifest))]
internal sealed partial class CaptureJsonContext : JsonSerializerContext;
