using DigestGen.Model;

namespace DigestGen.Merge;

/// <summary>A profile page as author merging sees it: the form of its person's name, its file and its stats.</summary>
internal sealed record ProfilePage(int Form, string File, ProfileStats Stats);
