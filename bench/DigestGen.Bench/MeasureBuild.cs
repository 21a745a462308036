using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGen.Pipeline;
using DigestGen.Tests.Support;

namespace DigestGen.Bench;

/// <summary>
/// The child side of a measured build: runs the real pipeline once, in a process of its own so its peak memory is
/// the build's alone, and writes what it measured as JSON for the parent.
/// </summary>
internal static partial class MeasureBuild
{
    /// <summary>
    /// Source-generated, like the CLI's own JSON: reflection-based serialisation here would JIT-compile its machinery
    /// inside the measured process, a cost the CLI no longer has.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, TypeInfoResolver = MeasurementJson.Default };

    /// <summary>Where the child keeps the stages finished so far, rewritten after each stage.</summary>
    public static string StagesSoFarPath(string resultPath) => resultPath + ".stages";

    public static int Run(string input, string output, string cache, DateOnly asOf, string resultPath)
    {
        var settings = new BuildSettings(input, output, asOf, RepoPaths.Theme, CacheDirectory: cache, NodeModulesDirectory: RepoPaths.NodeModules);
        var recorder = new StageRecorder(stages => File.WriteAllText(StagesSoFarPath(resultPath), JsonSerializer.Serialize(stages, Json)));
        var clock = Stopwatch.StartNew();
        var report = BuildPipeline.Build(settings, recorder);
        var measurement = new BuildMeasurement(
            recorder.Stages,
            clock.Elapsed.TotalSeconds,
            report.Papers,
            report.Authors,
            report.Topics,
            recorder.Problems,
            report.Written?.Written ?? 0,
            report.Written?.Unchanged ?? 0,
            report.Written?.Removed ?? 0,
            recorder.PerStagePeaks,
            recorder.Notes);
        File.WriteAllText(resultPath, JsonSerializer.Serialize(measurement, Json));
        return 0;
    }

    [JsonSerializable(typeof(IReadOnlyList<StageMeasurement>))]
    [JsonSerializable(typeof(List<StageMeasurement>))]
    [JsonSerializable(typeof(BuildMeasurement))]
    private sealed partial class MeasurementJson : JsonSerializerContext;
}
