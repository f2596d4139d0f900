package kzbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.Entity;
import kzbot.domain.Place;
import kzbot.text.Gazetteer;
import kzbot.text.Mention;
import kzbot.text.PhraseDictionary;
import kzbot.text.Token;
import kzbot.text.TopicLexicon;
import kzbot.text.Tokens;
import opennlp.tools.util.Span;

/**
 * Finds what a question names: countries and regions (gazetteer, then misspellings), organisations,
 * people (those the sources name, then the trained name finder), years and dates, and topic words.
 * Earlier finders win where spans overlap. Immutable and safe to share between threads.
 */
public final class EntityRecognizer {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(" + MONTHS + ")\\.?\\s+(?:\\d{1,2},?\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d$€£.,])\\b((?:19|20)\\d{2})\\b(?![\\d%])");
    private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

    private final Gazetteer gazetteer;
    private final TopicLexicon lexicon;
    private final FuzzyPlaceMatcher fuzzy;
    private final PhraseDictionary<String> people;
    private final Map<String, String> abbreviations = new HashMap<>();
    private final QuestionTokenizer tokenizer;
    private final Optional<OpenNlpNameFinder> names;
    private final Map<String, Place> byCode = new HashMap<>();

    public EntityRecognizer(Gazetteer gazetteer, TopicLexicon lexicon, Set<String> ordinaryWords, List<String> knownPeople,
                            QuestionTokenizer tokenizer, Optional<OpenNlpNameFinder> names) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.fuzzy = new FuzzyPlaceMatcher(gazetteer, ordinaryWords);
        this.tokenizer = tokenizer;
        this.names = names;
        PhraseDictionary.Builder<String> pb = PhraseDictionary.builder();
        for (String person : knownPeople) {
            pb.add(person, person);
            String[] words = person.split("\\s+");
            if (words.length > 1 && words[words.length - 1].length() > 3) {
                pb.add(words[words.length - 1], person);
            }
        }
        this.people = pb.build();
        gazetteer.organisations().forEach((canonical, all) -> all.stream()
                .filter(n -> n.length() >= 3 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().allMatch(Character::isLetter))
                .forEach(n -> abbreviations.putIfAbsent(n.toLowerCase(Locale.ROOT), canonical)));
        gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.COUNTRY && p.iso2().length() == 2 && !p.isSubject())
                .forEach(p -> byCode.putIfAbsent(p.iso2().toLowerCase(Locale.ROOT), p));
        gazetteer.places().forEach(p -> gazetteer.namesOf(p.name()).stream()
                .filter(n -> n.length() == 3 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().allMatch(Character::isLetter))
                .forEach(n -> abbreviations.putIfAbsent(n.toLowerCase(Locale.ROOT), "place:" + p.name())));
    }

    public List<Entity> find(String q) {
        return find(q, new HashMap<>());
    }

    /** The entities; the question's chunks, once tokenized, are left in {@code chunks} for reuse. */
    List<Entity> find(String q, Map<String, Span[]> chunks) {
        List<Entity> out = new ArrayList<>();
        for (Mention<String> m : gazetteer.findOrganisations(q)) {
            add(out, new Entity(Entity.Type.ORGANISATION, m.value(), m.text(), m.start(), m.end()));
        }
        for (Mention<Place> m : gazetteer.findPlacesOutsideNames(q)) {
            add(out, new Entity(Entity.Type.COUNTRY, m.value().name(), m.text(), m.start(), m.end()));
            if (m.value().isSubject()) {
                codeBeside(q, m).ifPresent(e -> add(out, e));
            }
        }
        dates(q, out);
        for (Mention<String> m : people.find(q)) {
            add(out, new Entity(Entity.Type.PERSON, m.value(), m.text(), m.start(), m.end()));
        }
        List<Token> tokens = Tokens.of(q);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean inName = capitalised(t) && ((i > 0 && capitalised(tokens.get(i - 1)))
                    || (i + 1 < tokens.size() && capitalised(tokens.get(i + 1))));
            lowerCaseAbbreviation(t).or(() -> inName ? Optional.empty() : misspeltPlace(t)).ifPresent(e -> add(out, e));
        }
        names.filter(n -> hasUnknownCapitalised(q, tokens, out)).ifPresent(n -> statisticalNames(q, n, out, chunks));
        for (TopicLexicon.Hit h : lexicon.find(q)) {
            add(out, new Entity(Entity.Type.TOPIC, h.topic().code(), q.substring(h.start(), h.end()), h.start(), h.end()));
        }
        out.sort(Comparator.comparingInt(Entity::start));
        return out;
    }

    private static void add(List<Entity> out, Entity e) {
        if (out.stream().noneMatch(o -> o.overlaps(e))) {
            out.add(e);
        }
    }

    private void dates(String q, List<Entity> out) {
        Matcher m = DATE.matcher(q);
        while (m.find()) {
            int month = MONTH_NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3));
            add(out, new Entity(Entity.Type.DATE, String.format(Locale.ROOT, "%s-%02d", m.group(2), month), m.group(),
                    m.start(), m.end()));
        }
        m = YEAR.matcher(q);
        while (m.find()) {
            add(out, new Entity(Entity.Type.YEAR, m.group(1), m.group(1), m.start(1), m.end(1)));
        }
    }

    /**
     * The name finder costs most of a question's reading; it can only add a capitalised name, so it
     * runs only when a capitalised word beyond the first is not yet part of an entity. A question
     * typed all in capitals says nothing by its capitals: the model would take "WHAT" or "ON" for an
     * organisation, so it does not run.
     */
    private static boolean hasUnknownCapitalised(String q, List<Token> tokens, List<Entity> found) {
        if (tokens.size() >= 3 && q.codePoints().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (capitalised(t) && found.stream().noneMatch(e -> e.start() <= t.start() && t.end() <= e.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().codePointAt(0));
    }

    private static final Pattern CODE_AFTER = Pattern.compile("^[\\s/&–-]+(\\p{L}{2})\\b");
    private static final Pattern CODE_BEFORE = Pattern.compile("\\b(\\p{L}{2})[\\s/&–-]+$");

    /**
     * "kz ph trade", "the kz-sg forum", "pl/kz": a two-letter word beside Kazakhstan's code or name
     * that is another country's ISO code stands for that country; an English word ("kz in 2023") does not.
     */
    private Optional<Entity> codeBeside(String q, Mention<Place> home) {
        Matcher after = CODE_AFTER.matcher(q.substring(home.end()));
        if (after.find()) {
            int start = home.end() + after.start(1);
            Optional<Entity> e = countryCoded(after.group(1), start);
            if (e.isPresent()) {
                return e;
            }
        }
        Matcher before = CODE_BEFORE.matcher(q.substring(0, home.start()));
        return before.find() ? countryCoded(before.group(1), before.start(1)) : Optional.empty();
    }

    private Optional<Entity> countryCoded(String code, int start) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (kzbot.text.WordLists.STOP_WORDS.contains(lower)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(lower))
                .map(p -> new Entity(Entity.Type.COUNTRY, p.name(), code, start, start + code.length()));
    }

    /** "sco", "oic", "uae" typed in lower case. */
    private Optional<Entity> lowerCaseAbbreviation(Token t) {
        String value = abbreviations.get(t.text().toLowerCase(Locale.ROOT));
        if (value == null || !t.text().equals(t.text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(value.startsWith("place:")
                ? new Entity(Entity.Type.COUNTRY, value.substring("place:".length()), t.text(), t.start(), t.end())
                : new Entity(Entity.Type.ORGANISATION, value, t.text(), t.start(), t.end()));
    }

    private Optional<Entity> misspeltPlace(Token t) {
        return fuzzy.match(t.text()).map(p -> new Entity(Entity.Type.COUNTRY, p.name(), t.text(), t.start(), t.end()));
    }

    private void statisticalNames(String q, OpenNlpNameFinder finder, List<Entity> out, Map<String, Span[]> chunks) {
        Span[] spans = tokenizer.spans(q, chunks);
        String[] tokens = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = q.substring(spans[i].getStart(), spans[i].getEnd());
        }
        for (OpenNlpNameFinder.TypedSpan s : finder.find(tokens)) {
            int start = spans[s.start()].getStart();
            int end = spans[s.end() - 1].getEnd();
            String text = q.substring(start, end);
            if (!Character.isUpperCase(text.codePointAt(0))) {
                continue; // names are capitalised; in "military cooperation belarus" the model guesses
            }
            String value = s.type() == Entity.Type.ORGANISATION
                    ? gazetteer.organisation(text).orElse(text) : text;
            add(out, new Entity(s.type(), value, text, start, end));
        }
    }

    private static Map<String, Integer> monthNumbers() {
        String[] m = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < m.length; i++) {
            out.put(m[i], i + 1);
        }
        return out;
    }
}
