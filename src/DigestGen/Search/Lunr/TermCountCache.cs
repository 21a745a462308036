using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using DigestGen.Output;

namespace DigestGen.Search.Lunr;

/// <summary>
/// Each document's field terms (<see cref="FieldTerms"/>) kept between builds in <c>&lt;cache&gt;/search-terms.bin</c>,
/// in the order the last build's index numbered its documents, with its term numbers, for the code that made them
/// (this assembly's build). Documents are numbered in the order their papers were first seen, so a nightly build's
/// documents start with last night's: up to the first one whose texts changed, each keeps last night's term numbers
/// (lunr numbers terms by first appearance) and the index takes their rows as stored (<see cref="KeptTermCounts"/>)
/// instead of looking each up by its texts and numbering its terms one by one, which was most of the search stage at
/// 100,000 papers. Later documents are found by a hash of their texts, or tokenized when they are new. The file holds
/// tonight's documents only, is written only when they differ from the ones it holds, and then copies the kept
/// documents' records as they are. A missing, unreadable or foreign file is no cache: every document is tokenized.
/// </summary>
public sealed class TermCountCache
{
    public const string FileName = "search-terms.bin";

    private static readonly Guid Code = typeof(TermCountCache).Assembly.ManifestModule.ModuleVersionId;

    private readonly string? path;
    private readonly StoredDocuments? stored;
    private UInt128[] keys = [];
    private FieldTerms[]?[] later = [];
    private int kept;
    private int foundLater;

    private TermCountCache(string? path, StoredDocuments? stored)
    {
        this.path = path;
        this.stored = stored;
        Terms = stored is null ? [] : [.. stored.Terms.Select(text => new PipelineTerm(text))];
    }

    /// <summary>A cache that remembers nothing from before and writes nothing: every document is tokenized.</summary>
    public static TermCountCache None => new(null, null);

    /// <summary>Documents found here rather than tokenized.</summary>
    public int Found => kept + foundLater;

    /// <summary>Documents tokenized, not found here.</summary>
    public int Tokenized => keys.Length - Found;

    /// <summary>Every term the earlier build's documents have, numbered as it numbered them.</summary>
    internal IReadOnlyList<PipelineTerm> Terms { get; }

    /// <summary>The cache in <paramref name="cacheDirectory"/>, or <see cref="None"/> without one.</summary>
    public static TermCountCache Load(string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return None;
        }

        var file = Path.Combine(cacheDirectory, FileName);
        return new TermCountCache(file, Read(CacheFile.ReadBytes(file)));
    }

    /// <summary>
    /// Tonight's documents, in the index's order: the leading ones the last build's index had in the same places with
    /// the same texts, their rows as it numbered them. Called once, before <see cref="Find"/> and <see cref="Remember"/>.
    /// </summary>
    internal KeptTermCounts Keep(IReadOnlyList<LunrDocument> documents, int fieldCount)
    {
        later = new FieldTerms[]?[documents.Count];
        if (stored is null && path is null)
        {
            return KeptTermCounts.None;
        }

        keys = new UInt128[documents.Count];
        Parallel.For(0, documents.Count, document => keys[document] = Key(documents[document].FieldTexts));
        if (stored is null)
        {
            return KeptTermCounts.None;
        }

        var most = Math.Min(documents.Count, stored.Keys.Length);
        while (kept < most && keys[kept] == stored.Keys[kept])
        {
            kept++;
        }

        var rows = stored.Rows(kept, fieldCount);
        kept = rows.Documents;
        return rows;
    }

    /// <summary>The field terms of the document at <paramref name="position"/> (past the kept ones) as an earlier build found them, or null when its texts are new.</summary>
    internal FieldTerms[]? Find(int position)
    {
        if (stored?.Fields(keys[position], Terms) is not { } fields)
        {
            return null;
        }

        later[position] = fields;
        Interlocked.Increment(ref foundLater); // documents are looked up in parallel
        return fields;
    }

    /// <summary>Keeps the field terms of the document at <paramref name="position"/>, tokenized tonight, for the next build.</summary>
    internal void Remember(int position, FieldTerms[] fields)
    {
        // Without a file to write, holding every document's terms to the end would only cost memory.
        if (path is not null)
        {
            later[position] = fields;
        }
    }

    /// <summary>
    /// The file tonight's documents make, serialised now (so their terms need not be held until the site is published),
    /// or null when it would hold what it holds already or there is no cache folder. <paramref name="termsByNumber"/> is
    /// the index just built from them: it numbered every term they have, which numbers the file's terms too.
    /// </summary>
    internal CacheUpdate? Update(IReadOnlyList<string> termsByNumber)
    {
        if (path is null || (stored is not null && kept == keys.Length && kept == stored.Keys.Length))
        {
            return null;
        }

        var bytes = Write(termsByNumber);
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
    /// The code's id, the number of fields, documents, term pairs and terms; the terms by number; then each document in
    /// the index's order: its key and, per field, its length and its terms (by number) with their counts, in the order
    /// they first occur. Every number 7-bit encoded, as <see cref="BinaryReader.Read7BitEncodedInt"/> reads it. The kept
    /// documents' records are copied from the file read.
    /// </summary>
    private byte[] Write(IReadOnlyList<string> termsByNumber)
    {
        var keptPairs = 0;
        for (var document = 0; document < kept; document++)
        {
            keptPairs += stored!.Pairs(document);
        }

        var laterPairs = later.Skip(kept).Sum(fields => fields!.Sum(field => field.Terms.Length));
        // Sized for last night's file and a night's papers: grown by doubling, the buffer was copied five times over.
        using var bytes = new MemoryStream((stored?.FileLength ?? 0) + (1 << 20));
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Code.ToByteArray());
            writer.Write7BitEncodedInt(SearchFields.All.Length);
            writer.Write7BitEncodedInt(keys.Length);
            writer.Write7BitEncodedInt(keptPairs + laterPairs);
            writer.Write7BitEncodedInt(termsByNumber.Count);
            foreach (var term in termsByNumber)
            {
                writer.Write(term);
            }

            writer.Write(stored is null ? [] : stored.Records(kept));
            Span<byte> key = stackalloc byte[16];
            for (var document = kept; document < keys.Length; document++)
            {
                MemoryMarshal.Write(key, keys[document]);
                writer.Write(key);
                foreach (var field in later[document]!)
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

    /// <summary>The documents <see cref="Write"/> wrote, or null when the bytes are not such a file of this code.</summary>
    private static StoredDocuments? Read(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var reader = new VarintReader(bytes);
            var fieldCount = SearchFields.All.Length;
            if (new Guid(reader.Bytes(16)) != Code || reader.Int(int.MaxValue) != fieldCount)
            {
                return null;
            }

            // Every count is checked against what the file could hold, so a torn or foreign file costs no huge allocation.
            var documents = reader.Int(bytes.Length / 16);
            var pairs = reader.Int(bytes.Length / 2);
            var terms = new string[reader.Int(bytes.Length)];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = reader.String();
            }

            var keys = new UInt128[documents];
            var records = new int[documents + 1];
            var starts = new int[documents * fieldCount + 1];
            var lengths = new int[documents * fieldCount];
            var numbers = new int[pairs];
            var counts = new int[pairs];
            var pair = 0;
            for (var document = 0; document < documents; document++)
            {
                records[document] = reader.Position;
                keys[document] = MemoryMarshal.Read<UInt128>(reader.Bytes(16));
                for (var field = 0; field < fieldCount; field++)
                {
                    var fieldRef = document * fieldCount + field;
                    lengths[fieldRef] = reader.Int(int.MaxValue);
                    var distinct = reader.Int(pairs - pair);
                    for (var i = 0; i < distinct; i++, pair++)
                    {
                        numbers[pair] = reader.Int(terms.Length - 1);
                        counts[pair] = reader.Int(int.MaxValue);
                    }

                    starts[fieldRef + 1] = pair;
                }
            }

            records[documents] = reader.Position;
            return reader.Position == bytes.Length && pair == pairs
                ? new StoredDocuments(bytes, fieldCount, terms, keys, records, starts, lengths, numbers, counts)
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The documents of a file read, as flat arrays (<see cref="WeightedRows"/>' shape) with each one's record's place in the file.</summary>
    private sealed class StoredDocuments(
        byte[] bytes, int fieldCount, string[] terms, UInt128[] keys, int[] records, int[] starts, int[] lengths, int[] numbers, int[] counts)
    {
        private Dictionary<UInt128, int> laterByKey = [];

        public string[] Terms => terms;

        public int FileLength => bytes.Length;

        public UInt128[] Keys => keys;

        public int Pairs(int document) => starts[(document + 1) * fieldCount] - starts[document * fieldCount];

        /// <summary>The records of the first <paramref name="documents"/> documents, as the file holds them.</summary>
        public ReadOnlySpan<byte> Records(int documents) => bytes.AsSpan(records[0], records[documents] - records[0]);

        /// <summary>
        /// The first <paramref name="documents"/> documents' rows, each row's terms sorted by number (in place: those rows
        /// are read once); the later documents are then found by their keys (<see cref="Fields"/>). Called once.
        /// </summary>
        public KeptTermCounts Rows(int documents, int indexFieldCount)
        {
            // Not the sorted ones: their rows no longer list their terms in the order they first occur.
            laterByKey = new Dictionary<UInt128, int>(keys.Length - documents);
            for (var document = documents; document < keys.Length; document++)
            {
                laterByKey.TryAdd(keys[document], document);
            }

            if (documents == 0 || indexFieldCount != fieldCount)
            {
                return KeptTermCounts.None;
            }

            var rows = documents * fieldCount;
            var highest = new int[Environment.ProcessorCount];
            Parallel.For(0, Environment.ProcessorCount, worker =>
            {
                var most = -1;
                for (var row = rows * worker / highest.Length; row < rows * (worker + 1) / highest.Length; row++)
                {
                    Array.Sort(numbers, counts, starts[row], starts[row + 1] - starts[row]);
                    most = starts[row + 1] > starts[row] ? Math.Max(most, numbers[starts[row + 1] - 1]) : most;
                }

                highest[worker] = most;
            });
            return new KeptTermCounts(documents, new ArraySegment<string>(terms, 0, highest.Max() + 1), starts[..(rows + 1)], numbers, counts, lengths[..rows]);
        }

        /// <summary>The field terms of a stored document past the kept ones with this key, as objects of <paramref name="pipelineTerms"/>; null when none has it.</summary>
        public FieldTerms[]? Fields(UInt128 key, IReadOnlyList<PipelineTerm> pipelineTerms)
        {
            if (!laterByKey.TryGetValue(key, out var document))
            {
                return null;
            }

            var fields = new FieldTerms[fieldCount];
            for (var field = 0; field < fieldCount; field++)
            {
                var row = document * fieldCount + field;
                var from = starts[row];
                var end = starts[row + 1];
                var distinct = new PipelineTerm[end - from];
                for (var i = 0; i < distinct.Length; i++)
                {
                    distinct[i] = pipelineTerms[numbers[from + i]];
                }

                fields[field] = new FieldTerms(distinct, counts[from..end], lengths[row]);
            }

            return fields;
        }
    }

    /// <summary>Reads what a <see cref="BinaryWriter"/> wrote (7-bit encoded numbers, length-prefixed UTF-8 strings) without a stream, refusing a torn or foreign file.</summary>
    private ref struct VarintReader(byte[] bytes)
    {
        public int Position { get; private set; }

        /// <summary>A count or index, refused (as a torn or foreign file) when negative, above <paramref name="most"/> or cut off.</summary>
        public int Int(int most)
        {
            var value = 0u;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (Position >= bytes.Length)
                {
                    throw new InvalidDataException("the file ends inside a number");
                }

                var next = bytes[Position++];
                value |= (uint)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    return value <= (uint)most ? (int)value : throw new InvalidDataException($"{value} is not a count or index this file can hold");
                }
            }

            throw new InvalidDataException("a number runs over five bytes");
        }

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count > bytes.Length - Position)
            {
                throw new InvalidDataException("the file ends early");
            }

            Position += count;
            return bytes.AsSpan(Position - count, count);
        }

        public string String() => Encoding.UTF8.GetString(Bytes(Int(bytes.Length)));
    }
}
