package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.FactKind;
import kzbot.domain.Place;
import kzbot.text.Gazetteer;

/**
 * Finds people by the titles and honorifics news text puts before names ("Uzbekistan's President
 * Shavkat Mirziyoyev", "Prime Minister Datuk Seri Anwar Ibrahim", "Professor Dr Mohd Faiz Abdullah"),
 * with the role and, where the text gives it, the person's country.
 */
public final class PersonFinder {
    // "Minister of Economy Tomislav Barić": a title with its "of" phrase is left to NameFinder, which tells the
    // title's words from the name's by what English knows of them
    private static final String TITLE = "(?:Deputy Prime Minister|Prime Minister|Foreign Minister"
            + "|Minister|Vice President|President|Ambassador|Chairman|Chairwoman|Chairperson|Secretary[- ]General"
            + "|King|Emir|Sheikh|Sultan|Crown Prince|Senator|Governor|Mayor|Speaker|Foreign Secretary|Envoy)";
    private static final String HONORIFIC = "(?:Dr\\.?|Professor|Prof\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Datuk Seri|Datuk|Dato['’]? Seri"
            + "|Dato['’]?|Tan Sri|Tun|Sir|H\\.E\\.|His Excellency|Her Excellency)";
    private static final String NAME = "(?:\\p{Lu}\\p{Ll}+(?:[-'’](?!s\\b)\\p{Lu}?\\p{Ll}+)*|\\p{Lu}{2,}(?=\\s+\\p{Lu}\\p{Ll}))";
    private static final String PARTICLE = "(?:bin|binti|bint|ibn|al|el|van|von|de|der|da|du)";
    private static final Pattern TITLED = Pattern.compile(
            "\\b(" + TITLE + ")\\s+(?:" + HONORIFIC + "\\s+)*(" + NAME + "(?:\\s+(?:" + PARTICLE + "[- ])?" + NAME + "){0,3})");
    private static final Pattern HONOURED = Pattern.compile(
            "\\b(?:" + HONORIFIC + "\\s+)+(" + NAME + "(?:\\s+(?:" + PARTICLE + "[- ])?" + NAME + "){1,3})");
    private static final Pattern OF_PLACE = Pattern.compile("^\\s+of\\s+((?:the\\s+)?[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)*)");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "In", "On", "At", "For", "And",
            "Of", "His", "Her", "Their", "Our", "A", "An", "It", "As", "With", "To", "From", "By", "Both", "Government",
            "Office", "Administration", "Visit", "Republic", "State", "Council", "Institute");

    private final Gazetteer gazetteer;

    public PersonFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<FoundValue> find(String s) {
        List<FoundValue> out = new ArrayList<>();
        Matcher m = TITLED.matcher(s);
        while (m.find()) {
            String role = m.group(1);
            int[] span = nameSpan(s, m.start(2), m.end(2));
            // "Vice Minister of Foreign Trade, who…": the title's own last word is no name after it
            boolean titleWord = role.startsWith("Minister of ") && span != null && s.substring(span[0], span[1]).indexOf(' ') < 0
                    && s.substring(span[1]).matches("(?s)^\\s*[,.;:].*");
            if (span != null && !titleWord) {
                int titleEnd = m.end(1);
                String country = countryBefore(s, m.start(1)).or(() -> countryAfter(s, titleEnd)).orElse("");
                out.add(new FoundValue(FactKind.PERSON, span[0], span[1], OptionalDouble.empty(), "",
                        OptionalInt.empty(), "", role, country, ""));
            }
        }
        m = HONOURED.matcher(s);
        while (m.find()) {
            int[] span = nameSpan(s, m.start(1), m.end(1));
            if (span != null && out.stream().noneMatch(v -> v.overlaps(span[0], span[1])) && span[1] - span[0] > 0
                    && s.substring(span[0], span[1]).contains(" ")) {
                out.add(new FoundValue(FactKind.PERSON, span[0], span[1], OptionalDouble.empty(), "",
                        OptionalInt.empty(), "", "", "", ""));
            }
        }
        return out;
    }

    /** Trims words that are not names (places, function words) off the end of a candidate. */
    private int[] nameSpan(String s, int start, int end) {
        String[] words = s.substring(start, end).split("\\s+");
        int keep = words.length;
        while (keep > 0 && (NOT_NAMES.contains(words[keep - 1]) || gazetteer.place(words[keep - 1]).isPresent())) {
            keep--;
        }
        if (keep == 0 || NOT_NAMES.contains(words[0]) || gazetteer.place(words[0]).isPresent()) {
            return null;
        }
        int e = start;
        for (int i = 0; i < keep; i++) {
            e = s.indexOf(words[i], e) + words[i].length();
        }
        return new int[] {start, e};
    }

    /** "Uzbekistan's President", "Uzbek President", "the Malaysian Prime Minister". */
    private Optional<String> countryBefore(String s, int titleStart) {
        String before = s.substring(Math.max(0, titleStart - 40), titleStart).stripTrailing()
                .replaceAll("['’]s$", "");
        String[] words = before.split("\\s+");
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            Optional<Place> p = gazetteer.place(phrase);
            if (p.isPresent()) {
                return Optional.of(p.get().name());
            }
        }
        return Optional.empty();
    }

    private Optional<String> countryAfter(String s, int titleEnd) {
        Matcher m = OF_PLACE.matcher(s.substring(titleEnd));
        if (m.find()) {
            return gazetteer.place(m.group(1).replaceFirst("^the\\s+", "")).map(Place::name);
        }
        return Optional.empty();
    }

    static String normalRole(String role) {
        return role.replace('-', ' ').toLowerCase(Locale.ROOT);
    }
}
