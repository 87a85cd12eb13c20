package org.policygraph.extract.figures;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.model.FigureUnit;

/** The Dutch words the figure grammar relies on. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Nouns that number the thing after them: "actie 6", "vraag 1", "nr. 497", "artikel 11.04",
     * "project 3030". A number right after one is an identifier, never a figure.
     */
    static final Set<String> IDENTIFIER_NOUNS = Set.of("actie", "acties", "vraag", "vragen", "nr", "nrs", "nummer",
            "artikel", "artikels", "art", "punt", "punten", "hoofdstuk", "bijlage", "bijlagen", "project", "fase",
            "niveau", "lid", "paragraaf", "versie", "ronde", "stap", "doelstelling", "kpi", "actieplan", "plan",
            "decreet", "besluit", "item", "deel", "titel", "categorie", "type", "code", "zone", "bus", "tabel",
            "figuur", "grafiek", "pagina", "p", "blz", "editie", "kamer", "lokaal", "graad", "leerjaar", "klas",
            "module", "cluster", "rubriek", "programma", "maatregel", "prioriteit", "onderdeel", "reeks", "week",
            "dag", "kwartaal", "zitting", "stuk", "advies", "resolutie", "basisallocatie", "ba", "bijvoegsel",
            "postcode", "straat", "laan", "tel", "telefoon", "fax", "gsm", "nummers", "tabellen", "bladzijde",
            "hoofdstukken", "opdracht", "perceel", "lot", "dossier", "referentie", "ref", "sectie", "afdeling");

    /**
     * Words that cannot be the counted noun right after a number: articles, prepositions,
     * conjunctions, pronouns, auxiliaries and adverbs ("dertien aan actie 7", "2 kandidaten
     * afgehaakt" stops at "afgehaakt" only because a noun came first).
     */
    static final Set<String> NOT_NOUNS = Set.of("aan", "achter", "al", "alle", "alleen", "als", "alsook", "andere",
            "bij", "binnen", "buiten", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "en", "er", "geen",
            "het", "hier", "hun", "in", "is", "kan", "kunnen", "maar", "meer", "minder", "met", "moet", "moeten",
            "na", "naar", "niet", "nog", "nu", "of", "om", "omdat", "onder", "ook", "op", "over", "per", "reeds",
            "sinds", "slechts", "te", "tegen", "ten", "ter", "tot", "tussen", "uit", "van", "vanaf", "voor",
            "waren", "was", "wat", "werd", "werden", "wordt", "worden", "zal", "zullen", "zijn", "zo", "zoals",
            "hebben", "heeft", "had", "hadden", "ze", "zij", "wij", "we", "ik", "u", "hij", "zich", "wel",
            "intussen", "effectief", "uiteindelijk", "totaal", "telkens", "steeds", "eens", "iets", "anders",
            "dus", "pas", "plus", "min", "minus", "jaarlijks", "via", "tijdens", "zonder", "vooral", "zelfs",
            "enkel", "respectievelijk", "gemiddeld", "à", "a", "keer", "maal", "procent", "percent", "euro",
            "euro's", "eur", "waarvan", "waarin", "waar", "wie", "welke", "hoeveel", "namelijk", "ongeveer",
            "bijna", "ruim", "kon", "konden", "zou", "zouden", "mag", "mogen", "wil", "willen", "gaat", "gaan",
            "ging", "gingen", "komen", "komt", "kwam", "kwamen", "staan", "staat", "stond", "stonden", "blijven",
            "blijft", "bleef", "bleven", "verder", "daarvan", "daarbij", "daarnaast", "ervan", "erbij", "nadien",
            "toen", "later", "eerder", "sindsdien", "dergelijke", "zulke", "zonodig", "hoger", "lager", "jonger",
            "ouder", "wellicht", "mogelijk", "ieder", "elke", "elk", "iedere", "beide", "ongeacht", "inzake",
            "volgens", "jaar", "jaren", "ons", "boven", "beneden", "samen", "geleden", "meestal", "vaak", "soms",
            "altijd", "nooit", "zeker", "wekelijks", "maandelijks", "dagelijks", "procentpunt", "procentpunten",
            // verbs that follow a number standing for its noun: "waarvan 5 werken", "die 3 volgden"
            "liggen", "zitten", "vallen", "lopen", "maken", "krijgen", "geven", "nemen", "doen", "zien", "vinden",
            "werken", "wonen", "volgen", "volgden", "starten", "startten", "stoppen", "stopten", "behalen",
            "behaalden", "halen", "haalden", "slagen", "slaagden", "voldoen", "voldeden", "betalen", "ontvangen",
            "ontvingen", "kiezen", "kozen", "deelnemen", "namen", "kregen", "liepen", "werkten", "woonden");

    /** Adjectives that do not end in -e but stand before a counted noun: "5 extra leerkrachten". */
    static final Set<String> BARE_ADJECTIVES = Set.of("extra", "bijkomend", "voltijds", "deeltijds");

    /** Words that bound or approximate the number after them ("meer dan 14 miljoen"), longest first. */
    static final List<List<String>> QUALIFIERS = List.of(
            List.of("om", "en", "bij"), List.of("meer", "dan"), List.of("minder", "dan"),
            List.of("langer", "dan"), List.of("korter", "dan"), List.of("hoger", "dan"), List.of("lager", "dan"),
            List.of("ten", "minste"),
            List.of("ten", "hoogste"), List.of("tot", "en", "met"), List.of("zo'n"), List.of("zo’n"),
            List.of("ongeveer"), List.of("circa"), List.of("ca", "."), List.of("bijna"), List.of("ruim"),
            List.of("minstens"), List.of("tenminste"), List.of("minimaal"), List.of("maximaal"),
            List.of("hoogstens"), List.of("nagenoeg"), List.of("pakweg"), List.of("quasi"));

    /** Words for lengths of time and distance, by unit: "drie maanden", "twee dagen per week", "21,0 km". */
    static final Map<String, FigureUnit> MEASURE_UNITS = Map.ofEntries(
            Map.entry("km", FigureUnit.KILOMETRE), Map.entry("kilometer", FigureUnit.KILOMETRE),
            Map.entry("kilometers", FigureUnit.KILOMETRE),
            Map.entry("jaar", FigureUnit.YEAR), Map.entry("jaren", FigureUnit.YEAR),
            Map.entry("maand", FigureUnit.MONTH), Map.entry("maanden", FigureUnit.MONTH),
            Map.entry("week", FigureUnit.WEEK), Map.entry("weken", FigureUnit.WEEK),
            Map.entry("dag", FigureUnit.DAY), Map.entry("dagen", FigureUnit.DAY),
            Map.entry("werkdag", FigureUnit.DAY), Map.entry("werkdagen", FigureUnit.DAY),
            Map.entry("uur", FigureUnit.HOUR), Map.entry("uren", FigureUnit.HOUR),
            Map.entry("minuut", FigureUnit.MINUTE), Map.entry("minuten", FigureUnit.MINUTE));

    /** Words before an hour that make it a clock time, not a duration: "om 9 uur", "tot 17 uur". */
    static final Set<String> CLOCK_WORDS = Set.of("om", "van", "tot", "vanaf", "tussen", "rond", "voor", "na", "tegen");

    /** Nouns of set phrases with "één" that count nothing: "in één oogopslag", "in één keer". */
    static final Set<String> ONE_IDIOMS = Set.of("oogopslag", "klap", "adem", "slag", "ruk", "zucht", "beweging",
            "woord", "stuk", "richting", "lijn");

    /** Words written for the euro after an amount: "14.700 euro". */
    static final Set<String> EURO_WORDS = Set.of("euro", "euro's", "eur");

    /** Words for percent after a number: "12 procent". */
    static final Set<String> PERCENT_WORDS = Set.of("procent", "percent");

    /** Prepositions that tie a year to a time ("in 2022", "sinds 2014"): such a number is a year. */
    static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "sinds", "vanaf", "tot", "voor", "na", "van", "tegen",
            "rond", "begin", "eind", "einde", "midden", "tijdens", "anno", "jaar", "medio", "eveneens", "en", "of");

    /** Verbs of amounts whose subject is the thing measured: "Nu bedraagt de bonus 1000 euro". */
    static final Set<String> AMOUNT_VERBS = Set.of("bedraagt", "bedroeg", "bedragen", "bedroegen", "kost", "kostte",
            "kostten", "beloopt");

    /** Words that make "van 10 tot 20" a change rather than a range: "steeg van 10 tot 20". */
    static final Set<String> CHANGE_STEMS = Set.of("steeg", "stijg", "gestegen", "daal", "daalde", "gedaald",
            "verhoog", "verhoogd", "verlaag", "verlaagd", "toegenomen", "toename", "afgenomen", "afname", "gegroeid",
            "groei", "evolueer", "evolutie", "gezakt", "ging", "gegaan", "stijgen", "stijgt", "stegen", "stijging",
            "dalen", "daalt", "daalden", "daling", "verhoging", "verlaging", "vermindering", "verminderen",
            "vermindert", "toenemen", "afnemen", "groeit", "groeien");

    /** Heads of a duration's measured thing: "de minimale duurtijd drie maanden". */
    static final List<String> DURATION_HEAD_ENDINGS = List.of("duur", "duurtijd", "tijd", "termijn", "periode");

    /** Words that carry money into a sentence that names no unit: "De begroting ... meer dan 14 miljoen". */
    static final Pattern MONEY_CONTEXT = Pattern.compile(
            "(?iu)\\b(?:begroting\\w{0,20}|budget\\w{0,20}|middelen|investe\\w{0,20}|subsidie\\w{0,20}|euro|financi\\w{0,20}"
                    + "|uitgetrokken|bedrag\\w{0,20}|uitgaven|kredieten|werkingsmiddelen)\\b");
}
