package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.FactKind;

/**
 * Finds money, percentages, quantities with units, counts, dates and years in a sentence and
 * normalises them ("$138 million" is 138000000 USD). Patterns only: general, not tied to an article.
 */
public final class ValueFinder {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String WORD_NUM = "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)";
    private static final String SCALE = "(?:hundred thousand|thousand|million|billion|trillion|mln|bln|bn|tn|m|k)\\b";
    private static final String AMOUNT = "(?:" + NUM + "(?:\\s*" + SCALE + ")?|" + WORD_NUM + "\\s+(?:hundred thousand|hundred|thousand|million|billion|trillion)\\b)";
    private static final String QUAL = "(?:(more than|over|above|exceed(?:s|ing|ed)?|about|around|approximately|nearly"
            + "|almost|some|up to|at least|less than|under|roughly|an estimated)\\s+)?";
    private static final String CURRENCY_WORD = "(?:US dollars|U\\.S\\. dollars|dollars|euros?|tenge|ringgit|rupees|yuan"
            + "|roubles|rubles|pounds sterling|dirhams|riyals|soms|sums|manat|lira)";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String UNITS = "(?:kilograms?|kilogrammes?|kg|tons?|tonnes?|metric tons|barrels?"
            + "|cubic met(?:er|re)s?|bcm|kilomet(?:er|re)s?|km|miles?|megawatts?|MW|gigawatts?|GW|hectares?"
            + "|square kilomet(?:er|re)s?|litres?|liters?|TEU)";

    private static final Pattern MONEY_SYMBOL = Pattern.compile(QUAL
            + "((?:US\\s?\\$|USD\\s?|\\$|€|EUR\\s?|£|₸|RM\\s?)\\s?(" + NUM + ")(?:\\s*(" + SCALE + "))?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_WORD = Pattern.compile(QUAL + "((" + AMOUNT + ")\\s+(" + CURRENCY_WORD + "))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(QUAL + "((" + NUM + ")\\s?(?:%|percent\\b|per cent\\b))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY = Pattern.compile(QUAL + "((" + AMOUNT + ")\\s+(" + UNITS + "))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile(QUAL + "((" + AMOUNT + ")\\s+((?:[a-z][a-z-]+\\s+){0,2}?(?:[a-z][a-z-]*s|people|children|women|men|personnel|staff)))\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(\\d{1,2})\\s+)?(" + MONTH + ")\\s+(?:(\\d{1,2}),?\\s+)?(?:of\\s+)?((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$€£-])((?:19|20)\\d{2})(?![\\d%]|,\\d)(?:s\\b)?");
    private static final Pattern REFERENCE_YEAR_CUE = Pattern.compile(
            "(?i)(compared (to|with)|since|from|than|versus|vs\\.?|over)\\s+(the\\s+)?(year\\s+)?$");
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred thousand", 1e5), Map.entry("hundred", 1e2), Map.entry("thousand", 1e3),
            Map.entry("k", 1e3), Map.entry("million", 1e6), Map.entry("mln", 1e6), Map.entry("m", 1e6),
            Map.entry("billion", 1e9), Map.entry("bln", 1e9), Map.entry("bn", 1e9),
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12));
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("a", 1.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0));

    public List<FoundValue> find(String s) {
        List<FoundValue> out = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            add(out, new FoundValue(FactKind.DATE, m.start(), m.end(), OptionalDouble.of(year), "",
                    OptionalInt.of(year), "", "", "", ""));
        }
        money(s, out);
        m = PERCENT.matcher(s);
        while (m.find()) {
            add(out, FoundValue.of(FactKind.PERCENT, spanStart(m), m.end(2), parse(m.group(3)), "%", qualifier(m.group(1))));
        }
        m = QUANTITY.matcher(s);
        while (m.find()) {
            add(out, FoundValue.of(FactKind.QUANTITY, spanStart(m), m.end(2), parse(m.group(3)), unit(m.group(4)),
                    qualifier(m.group(1))));
        }
        years(s, out);
        m = COUNT.matcher(s);
        while (m.find()) {
            OptionalDouble n = parse(m.group(3));
            boolean yearLike = m.group(3).matches("(19|20)\\d{2}");
            if (n.isPresent() && !yearLike && n.getAsDouble() > 2) {
                add(out, FoundValue.of(FactKind.COUNT, spanStart(m), m.end(2), n, m.group(4).toLowerCase(Locale.ROOT),
                        qualifier(m.group(1))));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return markTargets(s, assignYears(s, out));
    }

    private static final Pattern TARGET_CUE = Pattern.compile(
            "(?i)\\b(aim\\w*|target\\w*|goal|ambitions?|plan\\w*|seek\\w*|expect\\w*|project\\w*|forecast\\w*|hope\\w*|intend\\w*)\\b[^.;]*$");

    /** "ambitions to increase this trade volume to $1 billion": a goal, not a figure reached. */
    private static List<FoundValue> markTargets(String s, List<FoundValue> values) {
        List<FoundValue> out = new ArrayList<>();
        for (FoundValue v : values) {
            boolean figure = v.kind() == FactKind.MONEY || v.kind() == FactKind.QUANTITY || v.kind() == FactKind.COUNT
                    || v.kind() == FactKind.PERCENT;
            if (figure && v.qualifier().isEmpty() && TARGET_CUE.matcher(s.substring(0, v.start())).find()) {
                out.add(new FoundValue(v.kind(), v.start(), v.end(), v.number(), v.unit(), v.year(), "target", v.role(),
                        v.partner(), v.canonical()));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private void money(String s, List<FoundValue> out) {
        Matcher m = MONEY_SYMBOL.matcher(s);
        while (m.find()) {
            String symbol = m.group(2).replaceAll("[\\d.,\\s]", "").replaceAll("(?i)(" + SCALE + ")$", "");
            double scale = m.group(4) == null ? 1 : SCALES.getOrDefault(m.group(4).toLowerCase(Locale.ROOT), 1.0);
            OptionalDouble n = parse(m.group(3));
            add(out, FoundValue.of(FactKind.MONEY, spanStart(m), m.end(2),
                    n.isPresent() ? OptionalDouble.of(n.getAsDouble() * scale) : n, currency(symbol), qualifier(m.group(1))));
        }
        m = MONEY_WORD.matcher(s);
        while (m.find()) {
            add(out, FoundValue.of(FactKind.MONEY, spanStart(m), m.end(2), parse(m.group(3)), currency(m.group(4)),
                    qualifier(m.group(1))));
        }
    }

    private void years(String s, List<FoundValue> out) {
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            String qual = REFERENCE_YEAR_CUE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).find()
                    ? "reference" : "";
            add(out, new FoundValue(FactKind.YEAR, m.start(1), m.end(1), OptionalDouble.of(y), "",
                    OptionalInt.of(y), qual, "", "", ""));
        }
    }

    /** A figure's year is the nearest year in the sentence that is not a point of comparison. */
    private static List<FoundValue> assignYears(String s, List<FoundValue> values) {
        List<FoundValue> years = values.stream().filter(v -> v.kind() == FactKind.YEAR).toList();
        List<FoundValue> dates = values.stream().filter(v -> v.kind() == FactKind.DATE).toList();
        List<FoundValue> out = new ArrayList<>();
        for (FoundValue v : values) {
            if (v.year().isPresent()) {
                out.add(v);
                continue;
            }
            FoundValue best = null;
            int bestScore = Integer.MAX_VALUE;
            for (FoundValue y : concat(years, dates)) {
                int distance = y.start() >= v.end() ? y.start() - v.end() : v.start() - y.end();
                int score = distance + ("reference".equals(y.qualifier()) ? 1000 : 0);
                if (score < bestScore) {
                    best = y;
                    bestScore = score;
                }
            }
            out.add(best == null ? v : v.withYear(best.year()));
        }
        return out;
    }

    private static List<FoundValue> concat(List<FoundValue> a, List<FoundValue> b) {
        List<FoundValue> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A value's text starts at its qualifier ("more than 36 memorandums") unless that is a verb ("exceed"). */
    private static int spanStart(Matcher m) {
        String q = m.group(1);
        return q == null || q.toLowerCase(Locale.ROOT).startsWith("exceed") ? m.start(2) : m.start(1);
    }

    private static void add(List<FoundValue> out, FoundValue v) {
        if (out.stream().noneMatch(o -> o.overlaps(v.start(), v.end()))) {
            out.add(v);
        }
    }

    static OptionalDouble parse(String amount) {
        String a = amount.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("^(" + NUM + ")(?:\\s*(" + SCALE + "))?$").matcher(a);
        if (m.find()) {
            double base = Double.parseDouble(m.group(1).replace(",", ""));
            return OptionalDouble.of(m.group(2) == null ? base : base * SCALES.getOrDefault(m.group(2), 1.0));
        }
        String[] words = a.split(" ");
        if (words.length >= 2) {
            String scale = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
            Double w = WORDS.get(words[0]);
            Double sc = SCALES.get(scale);
            if (w != null && sc != null) {
                return OptionalDouble.of(w * sc);
            }
        }
        return OptionalDouble.empty();
    }

    private static String qualifier(String q) {
        if (q == null) {
            return "";
        }
        String l = q.toLowerCase(Locale.ROOT);
        if (l.startsWith("exceed") || l.equals("over") || l.equals("above") || l.equals("more than")) {
            return "more than";
        }
        return l;
    }

    private static String currency(String symbolOrWord) {
        String c = symbolOrWord.toLowerCase(Locale.ROOT).strip();
        if (c.contains("$") || c.contains("dollar") || c.startsWith("usd")) {
            return "USD";
        }
        return switch (c) {
            case "€", "eur", "euro", "euros" -> "EUR";
            case "£", "pounds sterling" -> "GBP";
            case "₸", "tenge" -> "KZT";
            case "rm", "ringgit" -> "MYR";
            case "rupees" -> "PKR";
            case "yuan" -> "CNY";
            case "roubles", "rubles" -> "RUB";
            default -> c.toUpperCase(Locale.ROOT);
        };
    }

    private static String unit(String u) {
        String l = u.toLowerCase(Locale.ROOT);
        if (l.startsWith("kilogram") || l.equals("kg")) {
            return "kg";
        }
        if (l.startsWith("ton") || l.startsWith("tonne") || l.equals("metric tons")) {
            return "t";
        }
        if (l.startsWith("barrel")) {
            return "barrels";
        }
        if (l.startsWith("cubic") || l.equals("bcm")) {
            return "m3";
        }
        if (l.startsWith("kilomet") || l.equals("km")) {
            return "km";
        }
        if (l.startsWith("megawatt") || l.equals("mw")) {
            return "MW";
        }
        if (l.startsWith("gigawatt") || l.equals("gw")) {
            return "GW";
        }
        return l;
    }
}
