using System.Diagnostics;
using DigestGen.Compute;
using DigestGen.Compute.Neighbours;

namespace DigestGen.Bench.Quality;

/// <summary>Times exact top-10 neighbours over random unit vectors (the cost does not depend on the values).</summary>
internal static class NeighbourTiming
{
    public static string Run(int count, int dimensions)
    {
        var random = new Random(1);
        var vectors = Enumerable.Range(0, count).Select(_ =>
        {
            var vector = Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
            VectorMath.NormaliseInPlace(vector);
            return vector;
        }).ToArray();
        var clock = Stopwatch.StartNew();
        ExactNeighbours.FindTopK(vectors, 10);
        var seconds = clock.Elapsed.TotalSeconds;
        var gflops = 2.0 * count * count * dimensions / seconds / 1e9;
        return $"| {count:N0} | {dimensions} | {Environment.ProcessorCount} | {seconds:F1} | {gflops:F1} | {GC.GetTotalMemory(false) / 1048576.0:F0} MiB |";
    }
}
