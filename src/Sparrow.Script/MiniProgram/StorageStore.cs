using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// The durable key-value store behind <c>wx.setStorage</c>: one file per key (so a write costs
/// one key, not the whole store), each replaced atomically (<see cref="AtomicFile"/>), with
/// WeChat's limits: 1 MiB per value and 10 MiB per app. Sizes count UTF-8 bytes of key and value.
/// Without a folder it keeps everything in memory. Logic thread only.
/// </summary>
internal sealed class StorageStore
{
    public const long ItemLimitBytes = 1024 * 1024;
    public const long TotalLimitBytes = 10 * 1024 * 1024;
    private const string Extension = ".kv";

    private readonly string? _dir;
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private long _total;

    public StorageStore(string? dir, Action<string> reportFailure)
    {
        _dir = dir;
        if (dir is null || !Directory.Exists(dir))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(dir, "*" + Extension))
        {
            try
            {
                var (key, value) = Decode(File.ReadAllBytes(file));
                _values[key] = value;
                _total += SizeOf(key, value);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                reportFailure($"Storage entry {Path.GetFileName(file)} is unreadable and was skipped: {e.Message}");
            }
        }
    }

    public IEnumerable<string> Keys => _values.Keys;

    public long CurrentBytes => _total;

    public string? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>Stores the value, or returns WeChat's reason for refusing it (nothing changes then).</summary>
    public string? Set(string key, string value)
    {
        var size = SizeOf(key, value);
        if (Encoding.UTF8.GetByteCount(value) > ItemLimitBytes)
        {
            return "exceed storage item max length";
        }

        var previous = _values.TryGetValue(key, out var old) ? SizeOf(key, old) : 0;
        if (_total - previous + size > TotalLimitBytes)
        {
            return "exceed storage max size 10MB";
        }

        if (_dir is not null)
        {
            AtomicFile.Write(FileOf(key), Encode(key, value));
        }

        _values[key] = value;
        _total += size - previous;
        return null;
    }

    public void Remove(string key)
    {
        if (!_values.Remove(key, out var old))
        {
            return;
        }

        _total -= SizeOf(key, old);
        if (_dir is not null)
        {
            File.Delete(FileOf(key));
        }
    }

    public void Clear()
    {
        foreach (var key in new List<string>(_values.Keys))
        {
            Remove(key);
        }
    }

    private static long SizeOf(string key, string value) => Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);

    /// <summary>Keys can hold any character; the file name is a hash of the key, the key itself is inside.</summary>
    private string FileOf(string key) =>
        Path.Combine(_dir!, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)) + Extension);

    /// <summary>Layout: 4-byte little-endian key length, the key (UTF-8), the value (UTF-8) to the end.</summary>
    private static byte[] Encode(string key, string value)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var valueBytes = Encoding.UTF8.GetBytes(value);
        var bytes = new byte[4 + keyBytes.Length + valueBytes.Length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, keyBytes.Length);
        keyBytes.CopyTo(bytes, 4);
        valueBytes.CopyTo(bytes, 4 + keyBytes.Length);
        return bytes;
    }

    private static (string Key, string Value) Decode(byte[] bytes)
    {
        if (bytes.Length < 4)
        {
            throw new InvalidDataException("too short");
        }

        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (keyLength < 0 || keyLength > bytes.Length - 4)
        {
            throw new InvalidDataException("bad key length");
        }

        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        return (utf8.GetString(bytes, 4, keyLength), utf8.GetString(bytes, 4 + keyLength, bytes.Length - 4 - keyLength));
    }
}
