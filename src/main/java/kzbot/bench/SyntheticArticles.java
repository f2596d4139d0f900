package kzbot.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.Place;
import kzbot.text.Gazetteer;
import kzbot.text.Mention;
import kzbot.text.Tokens;

/**
 * Makes as many articles as a benchmark needs out of a few real ones: each is a seed article about
 * one partner rewritten to be about another country of the gazetteer, with its years shifted and its
 * other figures changed. The same seeds and random seed give the same articles.
 */
public final class SyntheticArticles {
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d.,])((?:19|20)\\d{2})(?![\\p{L}\\d%])");
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![\\p{L}\\d])");

    private final Gazetteer gazetteer;
    private final List<Seed> seeds;
    private final long randomSeed;

    /** A real article: its id, its text and the partner it is about (a canonical place name). */
    public record Seed(String id, String text, String partner) {
    }

    /** One generated article, and how it was made from its seed. */
    public record Article(String id, String text, Rewrite rewrite) {
    }

    /** A seed's partner replaced by a target country, and the years moved by {@code yearShift}. */
    public record Rewrite(String seedPartner, String target, int yearShift) {
    }

    public SyntheticArticles(Gazetteer gazetteer, List<Seed> seeds, long randomSeed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles to rewrite");
        }
        this.gazetteer = gazetteer;
        this.seeds = List.copyOf(seeds);
        this.randomSeed = randomSeed;
    }

    /** A seed whose partner is the place its text names most often, Kazakhstan aside. */
    public static Seed seed(Gazetteer gazetteer, String id, String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention<Place> m : gazetteer.findPlaces(text)) {
            if (!m.value().isSubject()) {
                counts.merge(m.value().name(), 1, Integer::sum);
            }
        }
        String partner = counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow(() -> new IllegalArgumentException(id + ": names no partner to rewrite"));
        return new Seed(id, text, partner);
    }

    /** {@code n} articles, the seeds taken in turn, each about a country its seed does not name. */
    public List<Article> generate(int n) {
        Random random = new Random(randomSeed);
        List<Article> out = new ArrayList<>(n);
        Map<Seed, List<String>> targets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Seed seed = seeds.get(i % seeds.size());
            List<String> candidates = targets.computeIfAbsent(seed, this::countriesNotNamedIn);
            String target = candidates.get(random.nextInt(candidates.size()));
            Rewrite rw = new Rewrite(seed.partner(), target, -random.nextInt(4));
            String text = figures(years(places(seed.text(), rw), rw.yearShift()), random);
            out.add(new Article(String.format(Locale.ROOT, "syn-%05d-%s", i + 1, slug(target)), text, rw));
        }
        return out;
    }

    /**
     * The questions asked of generated articles: each question about a seed partner is asked about
     * the next article made from that partner, with its years moved as that article's were.
     */
    public List<String> questions(List<String> questions, List<Rewrite> articles) {
        Map<String, List<Rewrite>> bySeedPartner = new HashMap<>();
        articles.forEach(rw -> bySeedPartner.computeIfAbsent(rw.seedPartner(), k -> new ArrayList<>()).add(rw));
        Map<String, Integer> next = new HashMap<>();
        List<String> out = new ArrayList<>(questions.size());
        for (String q : questions) {
            String about = gazetteer.findPlaces(q).stream().map(m -> m.value().name())
                    .filter(bySeedPartner::containsKey).findFirst().orElse(null);
            if (about == null) {
                out.add(q);
                continue;
            }
            List<Rewrite> rws = bySeedPartner.get(about);
            Rewrite rw = rws.get(next.merge(about, 1, Integer::sum) % rws.size());
            out.add(years(places(q, rw), rw.yearShift()));
        }
        return out;
    }

    private List<String> countriesNotNamedIn(Seed seed) {
        List<String> named = gazetteer.findPlaces(seed.text()).stream().map(m -> m.value().name()).distinct().toList();
        List<String> out = gazetteer.places().stream()
                .filter(p -> p.kind() == Place.Kind.COUNTRY && !p.isSubject() && !named.contains(p.name()))
                .map(Place::name).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException(seed.id() + " names every country: none left to rewrite it for");
        }
        return out;
    }

    /** Every name of the seed's partner replaced by the target's name of the same kind. */
    private String places(String text, Rewrite rw) {
        Gazetteer.Names from = gazetteer.names(rw.seedPartner()).orElseThrow();
        Gazetteer.Names to = gazetteer.names(rw.target()).orElseThrow();
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        for (Mention<Place> m : gazetteer.findPlaces(text)) {
            if (m.value().name().equals(rw.seedPartner())) {
                sb.append(text, last, m.start()).append(counterpart(m.text(), from, to));
                last = m.end();
            }
        }
        return sb.append(text.substring(last)).toString();
    }

    private static String counterpart(String name, Gazetteer.Names from, Gazetteer.Names to) {
        String key = Tokens.fold(name);
        if (from.demonyms().stream().anyMatch(d -> Tokens.fold(d).equals(key)) && !to.demonyms().isEmpty()) {
            boolean plural = key.endsWith("s");
            return to.demonyms().stream().filter(d -> d.endsWith("s") == plural).findFirst().orElse(to.demonyms().get(0));
        }
        if (from.capitals().stream().anyMatch(c -> Tokens.fold(c).equals(key)) && !to.capitals().isEmpty()) {
            return to.capitals().get(0);
        }
        return to.canonical();
    }

    private static String years(String text, int shift) {
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, String.valueOf(Integer.parseInt(m.group(1)) + shift));
        }
        return m.appendTail(sb).toString();
    }

    /** Figures other than years scaled by 0.5 to 2, written as before (grouping, decimals). */
    private static String figures(String text, Random random) {
        Matcher m = FIGURE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String whole = m.group(1);
            boolean year = m.group(2) == null && YEAR.matcher(whole).matches();
            if (year) {
                continue;
            }
            int decimals = m.group(2) == null ? 0 : m.group(2).length();
            double value = Double.parseDouble(whole.replace(",", "") + (decimals > 0 ? "." + m.group(2) : ""));
            double scaled = Math.max(1, value * (0.5 + 1.5 * random.nextDouble()));
            String pattern = (whole.contains(",") ? "%,." : "%.") + decimals + "f";
            m.appendReplacement(sb, String.format(Locale.ROOT, pattern, scaled));
        }
        return m.appendTail(sb).toString();
    }

    private static String slug(String name) {
        return Tokens.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
