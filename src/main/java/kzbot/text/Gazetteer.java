package kzbot.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kzbot.domain.Place;

/**
 * Every country and region of the world with its aliases, demonyms and capitals, and the
 * international organisations, read from the TSV files shipped in the jar.
 */
public final class Gazetteer {
    private static final String PLACES = "/kzbot/gazetteer/places.tsv";
    private static final String ORGANISATIONS = "/kzbot/gazetteer/organisations.tsv";

    private final Map<String, Place> places;
    private final Map<String, List<String>> placeNames;
    private final PhraseDictionary<Place> placeDictionary;
    private final PhraseDictionary<String> organisationDictionary;
    private final Map<String, List<String>> organisationNames;
    private final Map<String, Names> namesByKind;

    /** A place's names by kind: what rewriting a text about one place into a text about another needs. */
    public record Names(String canonical, List<String> aliases, List<String> demonyms, List<String> capitals) {
        public Names {
            aliases = List.copyOf(aliases);
            demonyms = List.copyOf(demonyms);
            capitals = List.copyOf(capitals);
        }
    }

    private Gazetteer(Map<String, Place> places, Map<String, List<String>> placeNames,
                      Map<String, List<String>> organisationNames, Map<String, Names> namesByKind) {
        this.places = Collections.unmodifiableMap(places);
        this.namesByKind = Collections.unmodifiableMap(namesByKind);
        this.placeNames = Collections.unmodifiableMap(placeNames);
        this.organisationNames = Collections.unmodifiableMap(organisationNames);
        PhraseDictionary.Builder<Place> pb = PhraseDictionary.builder();
        placeNames.forEach((name, names) -> names.forEach(n -> pb.add(n, places.get(name))));
        this.placeDictionary = pb.build();
        PhraseDictionary.Builder<String> ob = PhraseDictionary.builder();
        organisationNames.forEach((name, names) -> names.forEach(n -> ob.add(n, name)));
        this.organisationDictionary = ob.build();
    }

    /**
     * The gazetteer shipped with kzbot, read once per process and shared (it is immutable): the
     * question reader and the answerer load on two threads and would otherwise each read it.
     */
    public static Gazetteer load() {
        return Shipped.GAZETTEER;
    }

    /** Holds the shipped gazetteer; the JVM reads it on first use, once, whichever thread comes first. */
    private static final class Shipped {
        static final Gazetteer GAZETTEER = fromRows(read(PLACES), read(ORGANISATIONS));
    }

    static Gazetteer fromRows(List<String[]> placeRows, List<String[]> orgRows) {
        Map<String, Place> p = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Names> byKind = new LinkedHashMap<>();
        for (String[] r : placeRows) {
            byKind.put(r[0], new Names(r[0], split(field(r, 3)), split(field(r, 4)), split(field(r, 5))));
            Place.Kind kind = "region".equals(r[1]) ? Place.Kind.REGION : Place.Kind.COUNTRY;
            p.put(r[0], new Place(r[0], kind, r[2], split(field(r, 6))));
            List<String> all = new ArrayList<>();
            all.add(r[0]);
            for (int c = 3; c <= 5; c++) {
                all.addAll(split(field(r, c)));
            }
            names.put(r[0], List.copyOf(all));
        }
        Map<String, List<String>> orgs = new LinkedHashMap<>();
        for (String[] r : orgRows) {
            List<String> all = new ArrayList<>();
            all.add(r[0]);
            all.addAll(split(field(r, 1)));
            orgs.put(r[0], List.copyOf(all));
        }
        return new Gazetteer(p, names, orgs, byKind);
    }

    private static String field(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }

    private static List<String[]> read(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public List<Mention<Place>> findPlaces(String text) {
        return placeDictionary.find(text);
    }

    /** Capitalised words that make a preceding place name part of an institution's name. */
    private static final java.util.Set<String> NAME_HEADS = java.util.Set.of("University", "Universiti", "Times", "Hub",
            "Airlines", "Airways", "International", "National", "State", "Institute", "Fund", "Bank", "Railway", "Railways",
            "Temir", "Invest", "Foundation", "Development", "Diplomatic", "Chamber", "Chambers", "Technical", "Cooperation",
            "Council", "Centre", "Center", "Group", "Post", "Tribune", "News", "Agency", "Academy", "Stock", "Teknologi");
    private static final java.util.regex.Pattern CURRENCY_AFTER = java.util.regex.Pattern.compile(
            "\\$|\\s+(?:" + Units.currencyPattern() + ")\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("^[\\s-]+(\\p{Lu}\\p{L}+)");
    private static final java.util.regex.Pattern PREVIOUS_WORD = java.util.regex.Pattern.compile("(\\p{Lu}\\p{L}+)\\s+$");

    /**
     * Places named as places: not inside an organisation's name ("ISIS Malaysia", "The Astana
     * Times") and not the first words of an institution's ("Kazakh National University", "Air Astana").
     */
    public List<Mention<Place>> findPlacesOutsideNames(String text) {
        List<Mention<String>> orgs = findOrganisations(text);
        List<Mention<Place>> out = new ArrayList<>();
        for (Mention<Place> m : findPlaces(text)) {
            boolean inOrg = orgs.stream().anyMatch(o -> o.start() <= m.start() && m.end() <= o.end());
            java.util.regex.Matcher next = NEXT_WORD.matcher(text.substring(m.end()));
            java.util.regex.Matcher prev = PREVIOUS_WORD.matcher(text.substring(0, m.start()));
            boolean institution = (next.find() && NAME_HEADS.contains(next.group(1)))
                    || (prev.find() && ("Air".equals(prev.group(1)) || "Universiti".equals(prev.group(1))));
            // "US$148 million", "68.4 million US dollars": a currency, not a place
            boolean currency = CURRENCY_AFTER.matcher(text.substring(m.end())).lookingAt();
            if (!inOrg && !institution && !currency) {
                out.add(m);
            }
        }
        return out;
    }

    public List<Mention<String>> findOrganisations(String text) {
        return organisationDictionary.find(text);
    }

    /** The place a name, alias, demonym or capital stands for. */
    public Optional<Place> place(String anyName) {
        return Optional.ofNullable(placeDictionary.get(anyName));
    }

    /** The name is how a place's people are called ("German", "Hungarians"), not the place's own name. */
    public boolean isDemonym(String name) {
        return place(name).flatMap(p -> names(p.name()))
                .map(n -> n.demonyms().stream().anyMatch(d -> d.equalsIgnoreCase(name))).orElse(false);
    }

    public Optional<String> organisation(String anyName) {
        return Optional.ofNullable(organisationDictionary.get(anyName));
    }

    public Optional<Place> byCanonicalName(String name) {
        return Optional.ofNullable(places.get(name));
    }

    public List<Place> places() {
        return List.copyOf(places.values());
    }

    /** Every name a place is known by, canonical first. */
    public List<String> namesOf(String canonical) {
        return placeNames.getOrDefault(canonical, List.of());
    }

    /** A place's names by kind, or empty for a name that is not canonical. */
    public Optional<Names> names(String canonical) {
        return Optional.ofNullable(namesByKind.get(canonical));
    }

    public Map<String, List<String>> organisations() {
        return organisationNames;
    }
}
