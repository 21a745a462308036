namespace DigestGen.Bench.Quality;

/// <summary>
/// External clustering scores against reference labels (Rosenberg and Hirschberg 2007): homogeneity, completeness,
/// their harmonic mean the v-measure, and NMI with the arithmetic-mean normaliser, which equals the v-measure.
/// </summary>
internal sealed record ClusterAgreement(double Homogeneity, double Completeness, double VMeasure)
{
    public static ClusterAgreement Score(IReadOnlyList<string> labels, IReadOnlyList<int> clusters)
    {
        var total = (double)labels.Count;
        var joint = labels.Zip(clusters).GroupBy(pair => pair).ToDictionary(group => group.Key, group => group.Count());
        var labelCounts = labels.GroupBy(label => label).ToDictionary(group => group.Key, group => group.Count());
        var clusterCounts = clusters.GroupBy(cluster => cluster).ToDictionary(group => group.Key, group => group.Count());

        var labelEntropy = Entropy(labelCounts.Values, total);
        var clusterEntropy = Entropy(clusterCounts.Values, total);
        var mutualInformation = joint.Sum(entry =>
            entry.Value / total * Math.Log(entry.Value * total / ((double)labelCounts[entry.Key.First] * clusterCounts[entry.Key.Second])));

        var homogeneity = labelEntropy > 0 ? mutualInformation / labelEntropy : 1;
        var completeness = clusterEntropy > 0 ? mutualInformation / clusterEntropy : 1;
        var vMeasure = homogeneity + completeness > 0 ? 2 * homogeneity * completeness / (homogeneity + completeness) : 0;
        return new ClusterAgreement(homogeneity, completeness, vMeasure);
    }

    private static double Entropy(IEnumerable<int> counts, double total) =>
        -counts.Sum(count => count / total * Math.Log(count / total));
}
