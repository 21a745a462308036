using DigestGen.Unicode;
using System.Text;
using System.Text.Json;

namespace DigestGen.Compute.Embeddings;

/// <summary>
/// The SentencePiece unigram tokenizer of Universal Sentence Encoder lite, matching the TF.js package token for token:
/// NFKC without lower-casing, a "▁" in front and in place of every space, the best-scoring (Viterbi) segmentation
/// over the piece scores, an unknown character as id 0 with score 0, consecutive unknowns merged into one.
/// </summary>
internal sealed class SentencePieceTokenizer
{
    public const int UnknownId = 0;

    private const char WordBoundary = '\u2581';

    /// <summary>Ids 0–5 (unknown, &lt;s&gt;, &lt;/s&gt;, extra ids) are never produced by segmentation.</summary>
    private const int ReservedPieceCount = 6;

    private readonly TrieNode root = new();

    private SentencePieceTokenizer(IReadOnlyList<(string Piece, double Score)> pieces)
    {
        for (var id = ReservedPieceCount; id < pieces.Count; id++)
        {
            var node = root;
            foreach (var rune in pieces[id].Piece.EnumerateRunes())
            {
                node = node.Child(rune.Value, create: true)!;
            }
            node.PieceId = id;
            node.Score = pieces[id].Score;
        }
    }

    /// <summary>Reads a vocab.json of [piece, score] pairs; a null score counts as 0, as it does in JavaScript.</summary>
    public static SentencePieceTokenizer Load(string vocabularyPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(vocabularyPath));
        var pieces = document.RootElement.EnumerateArray()
            .Select(entry => (entry[0].GetString() ?? "", entry[1].ValueKind == JsonValueKind.Number ? entry[1].GetDouble() : 0.0))
            .ToList();
        return new SentencePieceTokenizer(pieces);
    }

    public int[] Encode(string text)
    {
        var normalized = UnicodeNormalization.Normalize(text, NormalizationForm.FormKC);
        if (normalized.Length == 0)
        {
            return [];
        }
        var symbols = (WordBoundary + normalized.Replace(' ', WordBoundary)).EnumerateRunes().Select(rune => rune.Value).ToArray();
        var bestScore = new double[symbols.Length + 1];
        var bestPiece = new int[symbols.Length + 1];
        var bestLength = new int[symbols.Length + 1];
        for (var start = 0; start < symbols.Length; start++)
        {
            var matched = false;
            var node = root.Child(symbols[start], create: false);
            for (var end = start; node is not null; node = ++end < symbols.Length ? node.Child(symbols[end], create: false) : null)
            {
                if (node.PieceId >= 0)
                {
                    matched = true;
                    Relax(end + 1, start, node.PieceId, node.Score);
                }
            }
            if (!matched)
            {
                Relax(start + 1, start, UnknownId, 0);
            }
        }
        return Backtrack(bestPiece, bestLength);

        // Same update rule as the package: an unset (zero) best is always replaced, and ties go to the later start.
        void Relax(int end, int start, int pieceId, double score)
        {
            var total = score + bestScore[start];
            if (bestScore[end] == 0 || total >= bestScore[end])
            {
                bestScore[end] = total;
                bestPiece[end] = pieceId;
                bestLength[end] = end - start;
            }
        }
    }

    private static int[] Backtrack(int[] bestPiece, int[] bestLength)
    {
        var reversed = new List<int>();
        for (var position = bestPiece.Length - 1; position > 0; position -= bestLength[position])
        {
            reversed.Add(bestPiece[position]);
        }
        reversed.Reverse();
        var merged = new List<int>(reversed.Count);
        foreach (var id in reversed)
        {
            if (!(id == UnknownId && merged.Count > 0 && merged[^1] == UnknownId))
            {
                merged.Add(id);
            }
        }
        return [.. merged];
    }

    private sealed class TrieNode
    {
        private Dictionary<int, TrieNode>? children;

        public int PieceId { get; set; } = -1;

        public double Score { get; set; }

        public TrieNode? Child(int symbol, bool create)
        {
            if (children is not null && children.TryGetValue(symbol, out var child))
            {
                return child;
            }
            if (!create)
            {
                return null;
            }
            children ??= [];
            return children[symbol] = new TrieNode();
        }
    }
}
