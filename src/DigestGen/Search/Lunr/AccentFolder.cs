using System.Text;

namespace DigestGen.Search.Lunr;

/// <summary>
/// The <c>foldAccents</c> pipeline function: accented Latin, Greek and Cyrillic letters become their base letter,
/// combining marks are dropped and a few letters without a base (ß, æ, ø, ł…) are spelled out, so "Guimarães" and
/// "Guimaraes" index and query alike. lunr's own trimmer would otherwise cut accented letters at word edges
/// ("café" → "caf"). The table is what Unicode canonical decomposition gives for those blocks, written out because
/// .NET's invariant globalization mode does not normalize; theme/assets/js/search-index.js registers the same
/// function with the same table under the same name, and a test checks the two agree on every character.
/// </summary>
internal static class AccentFolder
{
    public const string PipelineLabel = "foldAccents";

    /// <summary>Pairs of (letter, base letter).</summary>
    private const string BaseLetters =
        "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝYàaáaâaãaäaåaçcèeéeêeëeìiíiîi"
        + "ïiñnòoóoôoõoöoùuúuûuüuýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊCċcČCčcĎDďdĒEēeĔEĕeĖEėeĘEęeĚEěeĜG"
        + "ĝgĞGğgĠGġgĢGģgĤHĥhĨIĩiĪIīiĬIĭiĮIįiİIĴJĵjĶKķkĹLĺlĻLļlĽLľlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőo"
        + "ŔRŕrŖRŗrŘRřrŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZ"
        + "žzƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘuǙUǚuǛUǜuǞAǟaǠAǡaǢÆǣæǦGǧgǨKǩkǪOǫoǬOǭoǮƷǯʒǰjǴGǵg"
        + "ǸNǹnǺAǻaǼÆǽæǾØǿøȀAȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏoȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧa"
        + "ȨEȩeȪOȫoȬOȭoȮOȯoȰOȱoȲYȳyʹʹ;;΅¨ΆΑ··ΈΕΉΗΊΙΌΟΎΥΏΩΐιΪΙΫΥάαέεήηίιΰυϊιϋυόούυώωϓϒϔϒЀЕЁЕ"
        + "ЃГЇІЌКЍИЎУЙИйиѐеёеѓгїіќкѝиўуѶѴѷѵӁЖӂжӐАӑаӒАӓаӖЕӗеӚӘӛәӜЖӝжӞЗӟзӢИӣиӤИӥиӦОӧоӪӨӫөӬЭӭэ"
        + "ӮУӯуӰУӱуӲУӳуӴЧӵчӸЫӹыḀAḁaḂBḃbḄBḅbḆBḇbḈCḉcḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝe"
        + "ḞFḟfḠGḡgḢHḣhḤHḥhḦHḧhḨHḩhḪHḫhḬIḭiḮIḯiḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿmṀMṁmṂMṃmṄNṅn"
        + "ṆNṇnṈNṉnṊNṋnṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟrṠSṡsṢSṣsṤSṥsṦSṧsṨSṩsṪTṫtṬTṭt"
        + "ṮTṯtṰTṱtṲUṳuṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿvẀWẁwẂWẃwẄWẅwẆWẇwẈWẉwẊXẋxẌXẍxẎYẏyẐZẑzẒZẓzẔZẕz"
        + "ẖhẗtẘwẙyẛſẠAạaẢAảaẤAấaẦAầaẨAẩaẪAẫaẬAậaẮAắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂE"
        + "ểeỄEễeỆEệeỈIỉiỊIịiỌOọoỎOỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤUụuỦUủuỨUứuỪU"
        + "ừuỬUửuỮUữuỰUựuỲYỳyỴYỵyỶYỷyỸYỹyἀαἁαἂαἃαἄαἅαἆαἇαἈΑἉΑἊΑἋΑἌΑἍΑἎΑἏΑἐεἑεἒεἓεἔεἕεἘΕἙΕἚΕ"
        + "ἛΕἜΕἝΕἠηἡηἢηἣηἤηἥηἦηἧηἨΗἩΗἪΗἫΗἬΗἭΗἮΗἯΗἰιἱιἲιἳιἴιἵιἶιἷιἸΙἹΙἺΙἻΙἼΙἽΙἾΙἿΙὀοὁοὂοὃοὄο"
        + "ὅοὈΟὉΟὊΟὋΟὌΟὍΟὐυὑυὒυὓυὔυὕυὖυὗυὙΥὛΥὝΥὟΥὠωὡωὢωὣωὤωὥωὦωὧωὨΩὩΩὪΩὫΩὬΩὭΩὮΩὯΩὰαάαὲεέεὴη"
        + "ήηὶιίιὸοόοὺυύυὼωώωᾀαᾁαᾂαᾃαᾄαᾅαᾆαᾇαᾈΑᾉΑᾊΑᾋΑᾌΑᾍΑᾎΑᾏΑᾐηᾑηᾒηᾓηᾔηᾕηᾖηᾗηᾘΗᾙΗᾚΗᾛΗᾜΗᾝΗᾞΗ"
        + "ᾟΗᾠωᾡωᾢωᾣωᾤωᾥωᾦωᾧωᾨΩᾩΩᾪΩᾫΩᾬΩᾭΩᾮΩᾯΩᾰαᾱαᾲαᾳαᾴαᾶαᾷαᾸΑᾹΑᾺΑΆΑᾼΑιι῁¨ῂηῃηῄηῆηῇηῈΕΈΕῊΗΉΗ"
        + "ῌΗ῍᾿῎᾿῏᾿ῐιῑιῒιΐιῖιῗιῘΙῙΙῚΙΊΙ῝῾῞῾῟῾ῠυῡυῢυΰυῤρῥρῦυῧυῨΥῩΥῪΥΎΥῬΡ῭¨΅¨``ῲωῳωῴωῶωῷωῸΟΌΟ"
        + "ῺΩΏΩῼΩ´´";

    private static readonly Dictionary<char, string> Replacements = BuildReplacements();

    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036f')
            {
                continue;
            }

            if (Replacements.TryGetValue(c, out var replacement))
            {
                folded.Append(replacement);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static Dictionary<char, string> BuildReplacements()
    {
        var replacements = new Dictionary<char, string>
        {
            ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
        };
        for (var i = 0; i < BaseLetters.Length; i += 2)
        {
            replacements[BaseLetters[i]] = BaseLetters[i + 1].ToString();
        }

        return replacements;
    }
}
