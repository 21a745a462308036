using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using DigestGen.Output;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Each document's field terms (<see cref="FieldTerms"/>) kept between builds in <c>&lt;cache&gt;/search-terms.bin</c>,
/// by a hash of the document's texts, for the code that made them (this assembly's build): a nightly build tokenizes
/// and stems only its new and changed papers instead of all of them, which was half of the search stage. The file holds
/// tonight's documents only, and is rewritten only when they differ from the ones it holds. A missing, unreadable or
/// foreign file is no cache: every document is tokenized.
/// </summary>
public sealed class TermCountCache
{
    public const string FileName = "search-terms.bin";

    private static readonly Guid Code = typeof(TermCountCache).Assembly.ManifestModule.ModuleVersionId;

    private readonly string? path;
    private readonly IReadOnlyDictionary<UInt128, FieldTerms[]> previous;
    private readonly ConcurrentDictionary<UInt128, FieldTerms[]> tonight;
    private int found;

    private TermCountCache(string? path, IReadOnlyDictionary<UInt128, FieldTerms[]> previous, IReadOnlyList<PipelineTerm> terms)
    {
        this.path = path;
        this.previous = previous;
        // Sized for last night's documents and a night's new ones: grown from empty, it re-hashed every entry at each step.
        tonight = new(Environment.ProcessorCount, previous.Count + 4096);
        Terms = terms;
    }

    /// <summary>A cache that remembers nothing from before and writes nothing: every document is tokenized.</summary>
    public static TermCountCache None => new(null, new Dictionary<UInt128, FieldTerms[]>(), []);

    /// <summary>Documents found here rather than tokenized.</summary>
    public int Found => found;

    /// <summary>Documents tokenized, not found here.</summary>
    public int Tokenized => tonight.Count - found;

    /// <summary>Every term the earlier build's documents have.</summary>
    internal IReadOnlyList<PipelineTerm> Terms { get; }

    /// <summary>The cache in <paramref name="cacheDirectory"/>, or <see cref="None"/> without one.</summary>
    public static TermCountCache Load(string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return None;
        }

        var file = Path.Combine(cacheDirectory, FileName);
        var (entries, terms) = Read(CacheFile.ReadBytes(file)) ?? (new Dictionary<UInt128, FieldTerms[]>(), []);
        return new TermCountCache(file, entries, terms);
    }

    /// <summary>The document's field terms as an earlier build found them, or null when its texts are new.</summary>
    internal FieldTerms[]? Find(ImmutableArray<string?> texts)
    {
        var key = Key(texts);
        if (!previous.TryGetValue(key, out var fields))
        {
            return null;
        }

        if (tonight.TryAdd(key, fields))
        {
            Interlocked.Increment(ref found);
        }

        return fields;
    }

    /// <summary>Keeps a document's field terms, tokenized tonight, for the next build.</summary>
    internal void Remember(ImmutableArray<string?> texts, FieldTerms[] fields)
    {
        // Without a file to write, holding every document's terms to the end would only cost memory.
        if (path is not null)
        {
            tonight.TryAdd(Key(texts), fields);
        }
    }

    /// <summary>
    /// The file tonight's documents make, serialised now (so their terms need not be held until the site is published),
    /// or null when it would hold what it holds already or there is no cache folder. <paramref name="termsByNumber"/> is
    /// the index just built from them: it numbered every term they have, which numbers the file's terms too.
    /// </summary>
    internal CacheUpdate? Update(IReadOnlyList<string> termsByNumber)
    {
        if (path is null || (Tokenized == 0 && found == previous.Count))
        {
            return null;
        }

        var bytes = Write(tonight, termsByNumber);
        var file = path;
        return new CacheUpdate(file, () => CacheFile.Write(file, bytes));
    }

    /// <summary>A hash of the texts, each with its length (−1 for an absent field), so no two lists of texts share one.</summary>
    private static UInt128 Key(ImmutableArray<string?> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in texts)
        {
            hash.AppendData(BitConverter.GetBytes(text?.Length ?? -1));
            hash.AppendData(MemoryMarshal.AsBytes((text ?? string.Empty).AsSpan()));
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }

    /// <summary>
    /// The code's id, the number of fields, the terms, then each document: its key and, per field, its length and its
    /// terms (by number) with their counts, in the order they first occur; every number 7-bit encoded, as
    /// <see cref="BinaryReader.Read7BitEncodedInt"/> reads it.
    /// </summary>
    private static byte[] Write(IReadOnlyDictionary<UInt128, FieldTerms[]> documents, IReadOnlyList<string> termsByNumber)
    {
        using var bytes = new MemoryStream(1 << 20);
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Code.ToByteArray());
            writer.Write7BitEncodedInt(SearchFields.All.Length);
            writer.Write7BitEncodedInt(termsByNumber.Count);
            foreach (var term in termsByNumber)
            {
                writer.Write(term);
            }

            writer.Write7BitEncodedInt(documents.Count);
            Span<byte> key = stackalloc byte[16];
            foreach (var (documentKey, fields) in documents)
            {
                MemoryMarshal.Write(key, documentKey);
                writer.Write(key);
                foreach (var field in fields)
                {
                    writer.Write7BitEncodedInt(field.Length);
                    writer.Write7BitEncodedInt(field.Terms.Length);
                    for (var i = 0; i < field.Terms.Length; i++)
                    {
                        writer.Write7BitEncodedInt(field.Terms[i].Number);
                        writer.Write7BitEncodedInt(field.Counts[i]);
                    }
                }
            }
        }

        return bytes.ToArray();
    }

    /// <summary>The entries <see cref="Write"/> wrote, or null when the bytes are not such a file of this code.</summary>
    private static (Dictionary<UInt128, FieldTerms[]> Entries, PipelineTerm[] Terms)? Read(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
            var fieldCount = SearchFields.All.Length;
            if (new Guid(Exactly(reader, 16)) != Code || reader.Read7BitEncodedInt() != fieldCount)
            {
                return null;
            }

            // Every count is checked against what the file could hold, so a torn or foreign file costs no huge allocation.
            var terms = new PipelineTerm[Checked(reader.Read7BitEncodedInt(), bytes.Length)];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = new PipelineTerm(reader.ReadString());
            }

            var documents = Checked(reader.Read7BitEncodedInt(), bytes.Length);
            var entries = new Dictionary<UInt128, FieldTerms[]>(documents);
            for (var document = 0; document < documents; document++)
            {
                var key = MemoryMarshal.Read<UInt128>(Exactly(reader, 16));
                var fields = new FieldTerms[fieldCount];
                for (var field = 0; field < fieldCount; field++)
                {
                    var length = Checked(reader.Read7BitEncodedInt(), int.MaxValue);
                    var distinct = new PipelineTerm[Checked(reader.Read7BitEncodedInt(), bytes.Length)];
                    var counts = new int[distinct.Length];
                    for (var i = 0; i < distinct.Length; i++)
                    {
                        distinct[i] = terms[Checked(reader.Read7BitEncodedInt(), terms.Length - 1)];
                        counts[i] = reader.Read7BitEncodedInt();
                    }

                    fields[field] = new FieldTerms(distinct, counts, length);
                }

                entries[key] = fields;
            }

            return reader.BaseStream.Position == bytes.Length ? (entries, terms) : null;
        }
        catch (Exception error) when (error is EndOfStreamException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] Exactly(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException();
    }

    /// <summary>A count or index read from the file, refused (as a torn or foreign file) when negative or above <paramref name="most"/>.</summary>
    private static int Checked(int value, int most) =>
        value >= 0 && value <= most ? value : throw new InvalidDataException($"{value} is not a count or index this file can hold");
}
