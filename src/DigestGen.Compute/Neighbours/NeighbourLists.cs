namespace DigestGen.Compute.Neighbours;

/// <summary>
/// Each item's nearest other items, most similar first: <c>Indices[i][r]</c> is the r-th neighbour of item i and
/// <c>Similarities[i][r]</c> its cosine similarity. Ties are broken by the lower index.
/// </summary>
internal sealed record NeighbourLists(int[][] Indices, float[][] Similarities);
