using System;
using System.Collections.Generic;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// The Mann–Whitney U test (Wilcoxon rank-sum): are two sets of timings drawn from the same
/// distribution? It assumes nothing about the shape of the distribution, which suits timings
/// (skewed, with outliers). Two-sided. Exact for small samples without ties; otherwise the normal
/// approximation with tie and continuity corrections (Mann &amp; Whitney 1947; Lehmann,
/// "Nonparametrics", §1.4).
/// </summary>
public static class MannWhitney
{
    private const int ExactLimit = 30;

    /// <summary>The two-sided p-value of the hypothesis that <paramref name="a"/> and <paramref name="b"/> come from one distribution.</summary>
    public static double PValue(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 1;
        }

        var (u, tieTerm) = Statistic(a, b);
        var n1 = a.Count;
        var n2 = b.Count;
        if (tieTerm == 0 && n1 <= ExactLimit && n2 <= ExactLimit)
        {
            return ExactPValue(u, n1, n2);
        }

        double n = n1 + n2;
        var mean = n1 * (double)n2 / 2;
        var variance = n1 * (double)n2 / 12 * ((n + 1) - (tieTerm / (n * (n - 1))));
        if (variance <= 0)
        {
            return 1; // every value ties: no evidence of a difference
        }

        var z = (Math.Abs(u - mean) - 0.5) / Math.Sqrt(variance);
        return Math.Min(1, 2 * UpperNormalTail(Math.Max(z, 0)));
    }

    /// <summary>U of sample <paramref name="a"/> (the count of pairs where a wins, ties counting half) and Σ(t³−t) over tie groups.</summary>
    internal static (double U, double TieTerm) Statistic(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var all = new (double Value, bool FromA)[a.Count + b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            all[i] = (a[i], true);
        }

        for (var i = 0; i < b.Count; i++)
        {
            all[a.Count + i] = (b[i], false);
        }

        Array.Sort(all, static (x, y) => x.Value.CompareTo(y.Value));
        double rankSumA = 0;
        double tieTerm = 0;
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j + 1 < all.Length && all[j + 1].Value == all[i].Value)
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0; // average of ranks i+1..j+1
            for (var k = i; k <= j; k++)
            {
                if (all[k].FromA)
                {
                    rankSumA += rank;
                }
            }

            double t = j - i + 1;
            tieTerm += (t * t * t) - t;
            i = j + 1;
        }

        return (rankSumA - (a.Count * (a.Count + 1) / 2.0), tieTerm);
    }

    /// <summary>
    /// P(|U − mean| ≥ |u − mean|) under the null hypothesis, counting the arrangements that give
    /// each U with the classic recurrence f(n1, n2, u) = f(n1−1, n2, u−n2) + f(n1, n2−1, u).
    /// </summary>
    private static double ExactPValue(double u, int n1, int n2)
    {
        var maxU = n1 * n2;
        // previous[j][k]: arrangements of j items of a among m−1 items of b whose U is k.
        var previous = new double[n1 + 1][];
        for (var j = 0; j <= n1; j++)
        {
            previous[j] = new double[maxU + 1];
            previous[j][0] = 1;
        }

        for (var m = 1; m <= n2; m++)
        {
            var current = new double[n1 + 1][];
            current[0] = new double[maxU + 1];
            current[0][0] = 1;
            for (var j = 1; j <= n1; j++)
            {
                // The largest of the j + m values is from b (U unchanged) or from a (it beats all m of b).
                current[j] = new double[maxU + 1];
                for (var k = 0; k <= maxU; k++)
                {
                    current[j][k] = previous[j][k] + (k >= m ? current[j - 1][k - m] : 0);
                }
            }

            previous = current;
        }

        var distribution = previous[n1];
        double total = 0;
        foreach (var c in distribution)
        {
            total += c;
        }

        var mean = maxU / 2.0;
        var distance = Math.Abs(u - mean);
        double extreme = 0;
        for (var k = 0; k <= maxU; k++)
        {
            if (Math.Abs(k - mean) >= distance - 1e-9)
            {
                extreme += distribution[k];
            }
        }

        return Math.Min(1, extreme / total);
    }

    /// <summary>P(Z &gt; z) for a standard normal Z.</summary>
    private static double UpperNormalTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>erfc by the continued fraction of Lentz for large x and the Taylor series for small x (relative error below 1e-12).</summary>
    internal static double Erfc(double x)
    {
        if (x < 0)
        {
            return 2 - Erfc(-x);
        }

        if (x < 2.5)
        {
            // erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
            double sum = 0;
            var term = x;
            for (var n = 0; n < 200; n++)
            {
                var add = term / ((2 * n) + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }

                term *= -x * x / (n + 1);
            }

            return 1 - (2 / Math.Sqrt(Math.PI) * sum);
        }

        // erfc(x) = exp(−x²)/√π · 1/(x + 1/2 / (x + 1 / (x + 3/2 / (x + …)))), evaluated bottom-up.
        double fraction = 0;
        for (var k = 60; k >= 1; k--)
        {
            fraction = k / 2.0 / (x + fraction);
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / (x + fraction);
    }
}
