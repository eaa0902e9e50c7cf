using System;
using System.IO;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// Durable replacement of a file: write a temporary file beside it, flush it to the disk
/// (fsync), then rename it over the target. A crash leaves either the old or the new content,
/// never a torn file; readers never see a partial write.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stray temporary file is ignored by readers (its name starts with a dot).
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
