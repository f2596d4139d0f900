package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.FactKind;
import kzbot.text.Gazetteer;
import kzbot.text.Mention;

/**
 * Finds organisations: the gazetteer's international organisations by any of their names, and
 * institutions named in the usual way, capitalised words around a head noun ("Hainan University",
 * "International Chamber of Commerce").
 */
public final class OrganisationFinder {
    private static final String CAP = "(?:[A-Z][\\p{L}’'&.-]*|[A-Z]{2,})";
    /** The last words of organisations' names, from the resource NameFinder reads too, capitalised ("Group") or in capitals ("LLC"). */
    private static final String HEAD = "(?:" + String.join("|", kzbot.text.WordLists.words("organisation-heads.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .flatMap(w -> java.util.stream.Stream.of(Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase(java.util.Locale.ROOT)))
            .distinct().toList()) + ")\\b";
    private static final Pattern NAMED = Pattern.compile(
            "((?:" + CAP + "\\s+(?:(?:of|for|and|on)\\s+)?){1,6}" + HEAD + "(?:\\s+(?:of|for|on)(?:\\s+the)?(?:\\s+" + CAP + ")+)?)"
                    + "|(" + HEAD + "\\s+(?:of|for|on)(?:\\s+the)?(?:\\s+" + CAP + "){1,5})");

    private final Gazetteer gazetteer;

    public OrganisationFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<FoundValue> find(String s) {
        List<FoundValue> out = new ArrayList<>();
        for (Mention<String> m : gazetteer.findOrganisations(s)) {
            out.add(organisation(m.start(), m.end(), m.value()));
        }
        Matcher m = NAMED.matcher(s);
        while (m.find()) {
            int start = m.start();
            String text = m.group();
            if (text.startsWith("The ")) {
                start += 4;
            }
            int st = start;
            if (out.stream().noneMatch(v -> v.overlaps(st, m.end())) && text.contains(" ")) {
                // "Kattegat Bulk Lines A/S": the legal form printed after the name is part of it
                int end = m.end() + kzbot.text.LegalForms.after(s, m.end());
                int and = bothNamed(s.substring(start, m.end()));
                if (and > 0) {
                    // "Sapienza University of Rome and Satbayev University": two institutions, each a name
                    out.add(organisation(start, start + and, s.substring(start, start + and)));
                    out.add(organisation(start + and + 5, m.end(), s.substring(start + and + 5, m.end())));
                } else {
                    out.add(organisation(start, end, s.substring(start, end)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Where " and " joins two whole names of institutions, each with its head ("… University of Rome
     * and Satbayev University"), or -1; "Ministry of Trade and Integration" is one name.
     */
    private static int bothNamed(String name) {
        for (int at = name.indexOf(" and "); at > 0; at = name.indexOf(" and ", at + 1)) {
            if (NAMED.matcher(name.substring(0, at)).matches() && NAMED.matcher(name.substring(at + 5)).matches()) {
                return at;
            }
        }
        return -1;
    }

    private static FoundValue organisation(int start, int end, String canonical) {
        return new FoundValue(FactKind.ORGANISATION, start, end, OptionalDouble.empty(), "",
                OptionalInt.empty(), "", "", "", canonical);
    }
}
