using System.Collections.Immutable;
using System.Globalization;

namespace DigestGen.Search.Lunr;

/// <summary>
/// The order JavaScript gives an object's keys: array-index keys ("0", "42") first in numeric order, then the
/// others in insertion order. lunr keeps postings as objects keyed by document ref, so this is their order.
/// </summary>
internal sealed class JsObjectKeyOrder
{
    private readonly uint[]? arrayIndexes;

    private JsObjectKeyOrder(uint[]? arrayIndexes) => this.arrayIndexes = arrayIndexes;

    public static JsObjectKeyOrder Of(ImmutableArray<string> keys)
    {
        var indexes = new uint[keys.Length];
        var any = false;
        for (var i = 0; i < keys.Length; i++)
        {
            indexes[i] = IsArrayIndex(keys[i], out var value) ? value : uint.MaxValue;
            any |= indexes[i] != uint.MaxValue;
        }

        return new JsObjectKeyOrder(any ? indexes : null);
    }

    /// <summary>Keys given by position, in insertion order, rearranged into JavaScript's key order.</summary>
    public int[] Arrange(List<int> insertionOrder)
    {
        if (arrayIndexes is null)
        {
            return [.. insertionOrder];
        }

        var keys = arrayIndexes;
        return
        [
            .. insertionOrder.Where(key => keys[key] != uint.MaxValue).OrderBy(key => keys[key]),
            .. insertionOrder.Where(key => keys[key] == uint.MaxValue),
        ];
    }

    /// <summary>A canonical decimal below 2³²−1, which JavaScript treats as an array index.</summary>
    private static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        return key.Length > 0 && (key == "0" || key[0] != '0')
            && key.All(char.IsAsciiDigit)
            && uint.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value != uint.MaxValue;
    }
}
