using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace Sparrow.Script;

/// <summary>
/// V8 code cache on disk, keyed by a hash of the engine version and the source text, so a warm start
/// skips parsing and compiling scripts it has seen. Writes are atomic (temp file + rename): a crash
/// mid-write never leaves a torn entry. A cache V8 rejects is deleted and produced again.
/// </summary>
public sealed class CodeCache
{
    private readonly string _directory;
    private readonly string _salt;
    private int _hits;
    private int _misses;
    private int _rejects;

    public CodeCache(string directory, string engineVersion)
    {
        _directory = directory;
        _salt = engineVersion;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory => _directory;

    public int Hits => Volatile.Read(ref _hits);

    public int Misses => Volatile.Read(ref _misses);

    public int Rejects => Volatile.Read(ref _rejects);

    internal byte[]? TryLoad(string source)
    {
        var path = PathFor(source);
        try
        {
            var bytes = File.ReadAllBytes(path);
            Interlocked.Increment(ref _hits);
            return bytes;
        }
        catch (IOException)
        {
            Interlocked.Increment(ref _misses);
            return null;
        }
    }

    internal void Store(string source, ReadOnlySpan<byte> data)
    {
        var path = PathFor(source);
        var temp = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(data);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs speed.
            TryDelete(temp);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temp);
        }
    }

    internal void Reject(string source)
    {
        Interlocked.Increment(ref _rejects);
        TryDelete(PathFor(source));
    }

    private string PathFor(string source)
    {
        var bytes = Encoding.UTF8.GetBytes(_salt + "\n" + source);
        return Path.Combine(_directory, Convert.ToHexStringLower(SHA256.HashData(bytes)) + ".v8cache");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
