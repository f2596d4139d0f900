package kzbot.ingest;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.FactKind;
import kzbot.domain.Place;
import kzbot.domain.SentenceKind;
import kzbot.domain.Topic;
import kzbot.ingest.SentenceFacts.ExtractedFact;
import kzbot.ingest.SentenceFacts.PartnerTag;
import kzbot.text.Gazetteer;
import kzbot.text.Mention;
import kzbot.text.TopicLexicon;

/**
 * Turns one sentence into partners, topics and typed facts. One instance per document: it
 * remembers the people the document has named so that a later bare surname ("Mirziyoyev's
 * discussions") is the same person.
 */
public final class FactExtractor {
    private final Gazetteer gazetteer;
    private final TopicLexicon lexicon;
    private final ValueFinder values;
    private final kzbot.text.Lexicon english;
    private final PersonFinder persons;
    private final OrganisationFinder organisations;
    private final String documentPartner;
    private final Map<String, FoundValue> peopleBySurname = new LinkedHashMap<>();
    private final Map<String, String> fullNameBySurname = new LinkedHashMap<>();
    private static final Pattern BOTH_SIDES = Pattern.compile(
            "(?i)\\b(the two|both) (countries|nations|sides|states|governments|partners|leaders)\\b");
    private List<PartnerTag> lastNamed = List.of();
    private int lastParagraph = -1;

    private final NameFinder names;
    private final CountFinder counts;
    private final FrameReader frames = new FrameReader();

    /** {@code published}, the year the article was published: its "last year" is the year before. */
    public FactExtractor(Gazetteer gazetteer, TopicLexicon lexicon, kzbot.text.Lexicon words, String documentPartner,
                         java.util.OptionalInt published) {
        this.values = new ValueFinder(published);
        this.english = words;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.persons = new PersonFinder(gazetteer);
        this.organisations = new OrganisationFinder(gazetteer);
        this.names = new NameFinder(words);
        this.counts = new CountFinder(words);
        this.documentPartner = documentPartner;
        this.partnerCurrency = gazetteer.byCanonicalName(documentPartner).filter(p -> !p.iso2().isEmpty()).flatMap(p -> {
            try {
                return Optional.ofNullable(Currency.getInstance(new Locale("", p.iso2())));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // a region, or a country without a currency of its own
            }
        });
    }

    /** The currency of the article's partner country, when it has one. */
    private final Optional<Currency> partnerCurrency;

    public SentenceFacts extract(String text, List<kzbot.domain.Word> words, SentenceKind kind, int paragraph) {
        if (kind == SentenceKind.BOILERPLATE) {
            return new SentenceFacts(List.of(), List.of(), List.of());
        }
        if (paragraph != lastParagraph) {
            lastNamed = List.of();
            lastParagraph = paragraph;
        }
        List<PartnerTag> partners = partners(text);
        List<TopicLexicon.Hit> hits = lexicon.find(text);
        List<Topic> topics = lexicon.rank(hits);
        String primary = primary(partners);
        List<FoundValue> found = new ArrayList<>();
        for (FoundValue p : persons.find(text)) {
            String name = text.substring(p.start(), p.end());
            if (!name.contains(" ") && english.category(name.toLowerCase(java.util.Locale.ROOT), 'a').isPresent()) {
                continue; // "Ambassador Extraordinary and Plenipotentiary": a title's adjective, not a name
            }
            // "Mr Ong Boon Keat, chief executive of …": a person found by an honorific takes the role beside the name
            String role = p.role().isEmpty() ? names.roleOf(words, p.start(), p.end()) : "";
            FoundValue known = peopleBySurname.get(surname(name));
            String title = role.isEmpty() ? p.role() : role;
            if (known != null && known.role().length() > title.length() && !title.isEmpty()
                    && known.role().toLowerCase(java.util.Locale.ROOT).contains(title.toLowerCase(java.util.Locale.ROOT))) {
                role = known.role(); // "Ambassador Tulegenov": the ambassador the article named in full, to Romania, of Kazakhstan
            }
            found.add(role.isEmpty() ? p : new FoundValue(p.kind(), p.start(), p.end(), p.number(), p.unit(), p.year(), p.qualifier(),
                    role, p.partner(), p.canonical()));
        }
        found.addAll(surnames(text, found));
        for (FoundValue v : organisations.find(text)) {
            if (found.stream().noneMatch(f -> f.overlaps(v.start(), v.end()))) {
                found.add(v);
            }
        }
        for (FoundValue v : values.find(text)) {
            if (found.stream().noneMatch(f -> f.overlaps(v.start(), v.end()))) {
                found.add(v.kind() == FactKind.MONEY ? partnerMoney(v) : v); // "Rs. 12.5 bn" in a Sri Lankan story: rupees of Sri Lanka
            }
        }
        List<FoundValue> countsFound = new ArrayList<>();
        for (FoundValue v : counts.find(text, words, found)) {
            if (found.stream().noneMatch(f -> f.overlaps(v.start(), v.end()))) {
                countsFound.add(v);
            }
        }
        List<FoundValue> times = found.stream().filter(v -> (v.kind() == FactKind.YEAR || v.kind() == FactKind.DATE)
                && v.year().isPresent() && !"since".equals(v.qualifier()) && !"reference".equals(v.qualifier())).toList();
        for (FoundValue c : countsFound) {
            found.add(partnerMoney(c.withYear(countYear(text, c, times))));
        }
        // a multi-word name with a place in it ("Turkish Aerospace", "Kazakhstan Engineering") is a name, not a place
        boolean capitalsSayNothing = kind == SentenceKind.TABLE_ROW || kind == SentenceKind.HEADING && titleCase(words);
        List<FoundValue> nameValues = capitalsSayNothing ? List.of() : names.find(text, words);
        for (FoundValue v : nameValues) {
            if (v.canonical().contains(" ") && !allPlaces(v.canonical()) && found.stream().noneMatch(f -> f.overlaps(v.start(), v.end()))) {
                found.add(v);
            }
        }
        for (Mention<Place> m : gazetteer.findPlacesOutsideNames(text)) {
            if (found.stream().noneMatch(f -> f.overlaps(m.start(), m.end()))) {
                found.add(new FoundValue(FactKind.PLACE, m.start(), m.end(), java.util.OptionalDouble.empty(), "",
                        java.util.OptionalInt.empty(), "", "", m.value().name(), m.value().name()));
            }
        }
        for (FoundValue v : nameValues) {
            if (!allPlaces(v.canonical()) && found.stream().noneMatch(f -> f.overlaps(v.start(), v.end()))) {
                found.add(v);
            }
        }
        for (FoundValue v : found) {
            // "Yerzhan Tulegenov, Ambassador …", found by the title after the comma: later "Tulegenov" is this person
            String name = text.substring(v.start(), v.end());
            if (v.kind() == FactKind.PERSON && name.contains(" ") && !v.role().isEmpty()) {
                fullNameBySurname.putIfAbsent(surname(name), name);
                FoundValue before = peopleBySurname.get(surname(name));
                if (before == null || before.role().isEmpty()) {
                    peopleBySurname.put(surname(name), v);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<ExtractedFact> facts = new ArrayList<>();
        for (FrameReader.Framed fv : frames.read(text, words, found)) {
            FoundValue v = fv.value();
            String partner = v.partner().isEmpty() ? primary : v.partner();
            facts.add(new ExtractedFact(v, partner, topicOf(v, hits, topics), normalised(text, v), fv.frame()));
        }
        return new SentenceFacts(partners, topics, facts);
    }

    /**
     * Whose the sentence's figures are: the first place it names, but the article's partner country when the
     * sentence names only a region that country lies in ("freight flows between Europe and Central Asia" in an
     * article about Denmark).
     */
    private String primary(List<PartnerTag> partners) {
        if (partners.isEmpty()) {
            return "";
        }
        Optional<Place> own = gazetteer.byCanonicalName(documentPartner);
        boolean regionsOnly = partners.stream().filter(PartnerTag::explicit).allMatch(t -> gazetteer.byCanonicalName(t.partner())
                .map(p -> p.kind() == Place.Kind.REGION).orElse(false));
        if (regionsOnly && own.isPresent() && own.get().kind() == Place.Kind.COUNTRY
                && partners.stream().filter(PartnerTag::explicit).anyMatch(t -> own.get().regions().contains(t.partner()))) {
            return documentPartner;
        }
        return partners.get(0).partner();
    }

    /**
     * "1.2 billion pesos" in an article about Mexico: a number of the partner's currency, named by the
     * last word of its English name ("Mexican Peso"), is a sum of money in that currency, though
     * "pesos" alone would not say which.
     */
    private FoundValue partnerMoney(FoundValue c) {
        if (partnerCurrency.isEmpty() || c.unit().isEmpty()) {
            return c;
        }
        String unit = c.unit().toLowerCase(Locale.ROOT);
        Currency currency = partnerCurrency.get();
        String name = currency.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (!unit.equals(last) && !unit.equals(last + "s")) {
            return c;
        }
        return new FoundValue(FactKind.MONEY, c.start(), c.end(), c.number(), currency.getCurrencyCode(), c.year(), c.qualifier(),
                c.role(), c.partner(), c.canonical());
    }

    /**
     * Places named in the sentence (not Kazakhstan, not inside an organisation's name such as
     * "ISIS Malaysia"), the document's partner first; the document's partner is added as an
     * implicit partner when the sentence does not name it, since an article about Kazakhstan and X
     * is about X throughout.
     */
    private List<PartnerTag> partners(String text) {
        Map<String, PartnerTag> named = new LinkedHashMap<>();
        for (Mention<Place> m : gazetteer.findPlacesOutsideNames(text)) {
            if (!m.value().isSubject()) {
                named.putIfAbsent(m.value().name(), new PartnerTag(m.value().name(), true));
            }
        }
        List<PartnerTag> out = new ArrayList<>(named.values());
        boolean namesCountry = named.keySet().stream().anyMatch(n -> gazetteer.byCanonicalName(n)
                .map(p -> p.kind() == Place.Kind.COUNTRY).orElse(false));
        if (!namesCountry && BOTH_SIDES.matcher(text).find()) {
            // "the two countries" are the ones the paragraph last named, and they are what the sentence is about
            List<PartnerTag> parties = lastNamed.stream().map(p -> new PartnerTag(p.partner(), false)).toList();
            out.removeIf(t -> parties.stream().anyMatch(p -> p.partner().equals(t.partner())));
            out.addAll(0, parties);
        } else if (namesCountry) {
            lastNamed = List.copyOf(named.values());
        }
        PartnerTag own = named.get(documentPartner);
        if (own != null) {
            out.remove(own);
            out.add(0, own);
        } else if (!documentPartner.isEmpty()) {
            out.add(new PartnerTag(documentPartner, false));
        }
        return out;
    }

    /** "Kazakh-Kyrgyz", "Central Asia": words that are all places or demonyms make no name of their own. */
    private boolean allPlaces(String name) {
        for (String w : name.split("[\\s\u2013\u2014-]+")) {
            if (!w.isEmpty() && gazetteer.place(w).isEmpty() && !Set.of("and", "of", "the").contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A heading in title case ("A Quiet Partnership Built on Uranium") says nothing by its capitals. */
    private static boolean titleCase(List<kzbot.domain.Word> words) {
        long letters = words.stream().filter(w -> w.text().length() > 3 && Character.isLetter(w.text().codePointAt(0))).count();
        long capitals = words.stream().filter(w -> w.text().length() > 3 && Character.isUpperCase(w.text().codePointAt(0))).count();
        return letters > 0 && capitals * 10 >= letters * 7;
    }

    private Topic topicOf(FoundValue v, List<TopicLexicon.Hit> hits, List<Topic> ranked) {
        if (v.kind() == FactKind.PERSON) {
            return Topic.PEOPLE;
        }
        if (v.kind() == FactKind.ORGANISATION && ranked.contains(Topic.ORGANISATION)) {
            return Topic.ORGANISATION;
        }
        TopicLexicon.Hit nearest = null;
        int best = Integer.MAX_VALUE;
        for (TopicLexicon.Hit h : hits) {
            int d = h.start() >= v.end() ? h.start() - v.end() : Math.max(0, v.start() - h.end());
            if (d < best) {
                best = d;
                nearest = h;
            }
        }
        if (nearest != null) {
            return nearest.topic();
        }
        return ranked.isEmpty() ? Topic.GENERAL : ranked.get(0);
    }

    private String normalised(String text, FoundValue v) {
        return switch (v.kind()) {
            case PERSON -> fullNameBySurname.getOrDefault(surname(text.substring(v.start(), v.end())),
                    text.substring(v.start(), v.end()));
            case ORGANISATION, PLACE, NAME -> v.canonical();
            default -> "";
        };
    }

    /** Bare surnames of people this document has already named with a title. */
    private List<FoundValue> surnames(String text, List<FoundValue> titled) {
        for (FoundValue p : titled) {
            String name = text.substring(p.start(), p.end());
            if (name.contains(" ")) {
                fullNameBySurname.putIfAbsent(surname(name), name);
                peopleBySurname.putIfAbsent(surname(name), p);
            }
        }
        List<FoundValue> out = new ArrayList<>();
        for (Map.Entry<String, FoundValue> e : peopleBySurname.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(text);
            while (m.find()) {
                int s = m.start();
                int en = m.end();
                boolean covered = titled.stream().anyMatch(t -> t.overlaps(s, en))
                        || out.stream().anyMatch(t -> t.overlaps(s, en));
                if (!covered) {
                    FoundValue known = e.getValue();
                    out.add(new FoundValue(FactKind.PERSON, s, en, known.number(), "", known.year(), "",
                            known.role(), known.partner(), ""));
                }
            }
        }
        return out;
    }

    private static String surname(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * A count's year: the nearest year in the same stretch of the sentence, with no comma, semicolon,
     * colon or bracket between ("reached about 96,000 in 2023", "17 agreements … on June 13, 2024"),
     * and not a year something started ("since July 2022"). "About 118,000 ethnic Koreans, known as
     * Koryo-saram, live in Kazakhstan, … deported … in 1937" has none: they live there now.
     */
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(?i)\\bsince\\s+$");

    private static java.util.OptionalInt countYear(String text, FoundValue count, List<FoundValue> times) {
        FoundValue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FoundValue t : times) {
            int from = Math.min(count.end(), t.end());
            int to = Math.max(count.start(), t.start());
            String between = from < to ? text.substring(from, to) : "";
            boolean sameStretch = between.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')'
                    || ch == '\u2014');
            int distance = to - from;
            boolean since = SINCE.matcher(text.substring(Math.max(0, t.start() - 8), t.start())).find();
            if (sameStretch && !since && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best == null) {
            // "ASTANA, 12 June 2024 — … with a 34-company trade mission": a dateline dates the whole sentence
            best = times.stream().filter(t -> kzbot.text.Dateline.dates(text, t.start(), t.end()))
                    .findFirst().orElse(null);
        }
        return best == null ? java.util.OptionalInt.empty() : best.year();
    }
}
