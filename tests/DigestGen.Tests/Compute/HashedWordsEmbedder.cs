using DigestGen.Compute;
using DigestGen.Compute.Embeddings;
using DigestGen.Compute.Terms;

namespace DigestGen.Tests.Compute;

/// <summary>
/// Content-word counts hashed (the same in every process) into 64 dimensions: a real, if crude, embedding that needs no model package and
/// counts the texts it was asked to embed, so tests can see what merge and compute asked for.
/// </summary>
internal sealed class HashedWordsEmbedder : ITextEmbedder
{
    public int TextsEmbedded { get; private set; }

    public string ModelId => "test:hashed-words-64";

    public int Dimensions => 64;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        TextsEmbedded += texts.Count;
        return texts.Select(text =>
        {
            var vector = new float[Dimensions];
            foreach (var word in TermTokenizer.Words(text))
            {
                vector[(int)(StableHash(word) % Dimensions)] += 1;
            }

            VectorMath.NormaliseInPlace(vector);
            return vector;
        }).ToArray();
    }

    /// <summary>FNV-1a over the word's characters: string hashes are seeded afresh in every process, and a test's
    /// topics must not depend on which process it runs in.</summary>
    private static uint StableHash(string word)
    {
        var hash = 2166136261u;
        foreach (var character in word)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return hash;
    }

    public void Dispose()
    {
    }
}
