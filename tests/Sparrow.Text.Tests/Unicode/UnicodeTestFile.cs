using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Sparrow.Text.Tests;

/// <summary>
/// Reads the UCD break test files (LineBreakTest.txt, GraphemeBreakTest.txt): each line is
/// code points separated by ÷ (break) or × (no break), with the same marks at both ends.
/// </summary>
internal static class UnicodeTestFile
{
    public const string Directory = "/usr/share/unicode/auxiliary/";

    public sealed record Case(int LineNumber, string Line, int[] CodePoints, bool[] Breaks);

    public static List<Case> Read(string fileName)
    {
        var cases = new List<Case>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(Path.Combine(Directory, fileName)))
        {
            lineNumber++;
            string body = line.Split('#')[0].Trim();
            if (body.Length == 0)
            {
                continue;
            }

            var cps = new List<int>();
            var breaks = new List<bool>();
            foreach (string token in body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (token == "÷" || token == "×")
                {
                    breaks.Add(token == "÷");
                }
                else
                {
                    cps.Add(int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }

            if (breaks.Count != cps.Count + 1)
            {
                throw new InvalidDataException($"{fileName}:{lineNumber}: malformed line");
            }

            cases.Add(new Case(lineNumber, line, cps.ToArray(), breaks.ToArray()));
        }

        return cases;
    }
}
