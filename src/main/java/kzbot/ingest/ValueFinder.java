package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.FactKind;
import kzbot.text.Units;

/**
 * Finds money, percentages, quantities with units, counts, dates and years in a sentence and
 * normalises them ("$138 million" is 138000000 USD). Patterns only: general, not tied to an article.
 */
public final class ValueFinder {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String WORD_NUM = "(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)";
    /** Scale words (scales.tsv): "$4.7 mn", "Tk 2,061 crore"; those below a thousand only continue a number in words. */
    private static final Map<String, Double> SCALES = scales();
    private static final String SCALE = "(?:" + String.join("|", SCALES.entrySet().stream().filter(e -> e.getValue() >= 1e3)
            .map(Map.Entry::getKey).sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\b";

    private static Map<String, Double> scales() {
        Map<String, Double> out = new java.util.HashMap<>();
        kzbot.text.WordLists.pairs("scales.tsv").forEach((word, factor) -> out.put(word, Double.parseDouble(factor)));
        return Map.copyOf(out);
    }
    private static final String AMOUNT = "(?:" + NUM + "(?:\\s*" + SCALE + ")?|" + WORD_NUM + "\\s+(?:hundred thousand|hundred|thousand|million|billion|trillion)\\b)";
    /** The qualifying phrases of {@link Qualifiers}, longest first, as an optional group before a figure. */
    private static final String QUAL = "(?:(" + String.join("|", Qualifiers.PHRASES.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")\\s+)?";
    private static final String CURRENCY_WORD = Units.currencyPattern();
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String UNITS = Units.quantityPattern();

    private static final Pattern MONEY_SYMBOL = Pattern.compile(QUAL
            + "((?:(?<!\\p{L})" + Units.symbolPattern() + "|US\\s?\\$|USD\\s?|\\$|€|EUR\\s?|£|₸|RM\\s?)\\s?(" + NUM + ")(?:\\s*(" + SCALE + "))?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_CODE = Pattern.compile("(?<![\\p{L}\\d])(([A-Z]{3})\\s?(" + NUM + ")(?:\\s*(" + SCALE + "))?)");
    private static final Pattern MONEY_WORD = Pattern.compile(QUAL + "((" + AMOUNT + ")\\s+(" + CURRENCY_WORD + "))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(QUAL + "((" + NUM + ")\\s?(?:%|percent\\b|per cent\\b|pct\\b))",
            Pattern.CASE_INSENSITIVE);
    /** Fractions in words and their percentages (fractions.tsv). */
    private static final Map<String, Double> FRACTIONS = fractions();
    /** "nearly a third of", "more than half of": a share written in words. */
    private static final Pattern FRACTION = Pattern.compile(QUAL + "(" + String.join("|", FRACTIONS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?=\\s+of\\b)",
            Pattern.CASE_INSENSITIVE);

    private static Map<String, Double> fractions() {
        Map<String, Double> out = new java.util.HashMap<>();
        kzbot.text.WordLists.pairs("fractions.tsv").forEach((fraction, percent) -> out.put(fraction, Double.parseDouble(percent)));
        return Map.copyOf(out);
    }

    /** "1.2 million tonnes", and as a modifier, "a 250-megawatt wind farm", "the 272-kilometre line". */
    private static final Pattern QUANTITY = Pattern.compile(QUAL + "((" + AMOUNT + ")(?:\\s+|-)(" + UNITS + "))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(\\d{1,2})(?:(?:st|nd|rd|th)?\\s*[\u2013-]\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(" + MONTH
                    + ")\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?((?:19|20)\\d{2})\\b");
    /** "starting May 28", "on 30 October", "from October": a date the article gives without its year. */
    private static final Pattern DATE_IN_YEAR = Pattern.compile(
            "\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")|(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                    + "|(?i:from|in|by|until|till|starting|since|before|after|early|late|mid-?|end of)\\s+(" + MONTH + "))\\b(?![\\s,]*(?:of\\s+)?\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$€£-])((?:19|20)\\d{2})(?![\\d%]|,\\d)(?:s\\b)?");
    /** "the same period", "the corresponding quarter": the part of an earlier year a figure is set against. */
    static final String SAME_PERIOD = "(?:same|corresponding|equivalent|comparable)\\s+(?:period|time|months?|quarter|half|stretch)";
    private static final Pattern REFERENCE_YEAR_CUE = Pattern.compile(
            "(?i)(compared (to|with)|\\bfrom|\\bthan|versus|vs\\.?|\\bover"
            + "|\\b(up|down|rise|rose|risen|increase\\w*|decrease\\w*|fell|fall\\w*|drop\\w*|grew|grow\\w*|higher|lower)\\b(?:[^,;.]|\\.(?=\\d)){0,40}?\\bon)"
            + "\\s+((in|on|for|with)\\s+)?(the\\s+)?(" + SAME_PERIOD + "\\s+(of|in)\\s+)?(year\\s+)?$");
    /** "up 23.6 per cent from $112 million in 2022": the earlier figure's year, when the sentence gives the later one too. */
    private static final Pattern FROM_FIGURE_IN = Pattern.compile(
            "(?i)\\b(?:from|on|over|against|compared (?:to|with))\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{L}{1,3})?\\p{Sc}?\\s?\\d(?:[^,;.]|[.,](?=\\d)){0,30}?\\s+in\\s+"
            // "from US$ 30.3 mln in the same period of 2023"
            + "(?:the\\s+" + SAME_PERIOD + "\\s+(?:of|in)\\s+)?$");
    /** "in the same period of 2023": the part of an earlier year a figure is compared with. */
    private static final Pattern SAME_PERIOD_OF = Pattern.compile(
            "(?i)\\bthe\\s+" + SAME_PERIOD + "\\s+(?:of|in)\\s+$");
    /** "$35.6 mln a year earlier", "the year before", "in the previous year": a figure of the year before the one the sentence gives. */
    private static final Pattern YEAR_EARLIER = Pattern.compile(
            "(?i)\\s*,?\\s+(?:(?:a|the|one)\\s+year\\s+(?:earlier|before|ago|prior)|(?:in\\s+|for\\s+)?the\\s+(?:previous|preceding|prior)\\s+year)\\b");
    /** "since 2020": when something began, a date in its own right, not a figure's year. */
    private static final Pattern SINCE_CUE = Pattern.compile("(?i)\\bsince\\s+(the\\s+)?(year\\s+)?$");
    /** Numbers in words (number-words.tsv): "fourteen agreements", "a hundred thousand". */
    private static final Map<String, Double> WORDS = numberWords();

    private static Map<String, Double> numberWords() {
        Map<String, Double> out = new java.util.HashMap<>();
        kzbot.text.WordLists.NUMBER_WORDS.forEach((word, value) -> out.put(word, Double.parseDouble(value)));
        return Map.copyOf(out);
    }

    /** The year the article was published, when known: what "last year" and "this year" count from. */
    private final OptionalInt published;

    public ValueFinder() {
        this(OptionalInt.empty());
    }

    public ValueFinder(OptionalInt published) {
        this.published = published;
    }

    public List<FoundValue> find(String s) {
        List<FoundValue> out = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            add(out, new FoundValue(FactKind.DATE, m.start(), m.end(), OptionalDouble.of(year), "",
                    OptionalInt.of(year), "", "", "", ""));
        }
        if (published.isPresent()) {
            // the article's own year: "Air Astana will launch flights starting May 28" in a 2024 story
            m = DATE_IN_YEAR.matcher(s);
            while (m.find()) {
                int start = m.group(5) != null ? m.start(5) : m.start();
                int year = published.getAsInt();
                add(out, new FoundValue(FactKind.DATE, start, m.end(), OptionalDouble.of(year), "",
                        OptionalInt.of(year), "", "", "", ""));
            }
        }
        money(s, out);
        m = PERCENT.matcher(s);
        while (m.find()) {
            add(out, FoundValue.of(FactKind.PERCENT, spanStart(m), m.end(2), parse(m.group(3)), "%", qualifier(m.group(1))));
        }
        m = FRACTION.matcher(s);
        while (m.find()) {
            // "the second half of 2026", "the first quarter of 2024" are periods, not shares
            String before = s.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            if (m.group(1) == null && before.matches("(?s).*\\b(first|second|third|fourth|last|final|the|this|next|each|every)\\s+$")) {
                continue;
            }
            add(out, FoundValue.of(FactKind.PERCENT, spanStart(m), m.end(2), OptionalDouble.of(FRACTIONS.get(m.group(2)
                    .toLowerCase(Locale.ROOT))), "%", qualifier(m.group(1))));
        }
        m = QUANTITY.matcher(s);
        while (m.find()) {
            add(out, FoundValue.of(FactKind.QUANTITY, spanStart(m), m.end(2), parse(m.group(3)), unit(m.group(4)),
                    qualifier(m.group(1))));
        }
        years(s, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return markTargets(s, assignYears(s, out));
    }

    private static final Pattern TARGET_CUE = Pattern.compile(
            "(?i)\\b(aim(s|ed|ing)?|target(s|ed|ing)?|goals?|ambitions?|plan(s|ned|ning)?|seek(s|ing)?|expect(s|ed|ing|ations?)?"
            + "|projected|projections?|forecasts?|forecast(ed|ing)|hopes?|hoped|hoping|intends?|intended|intending)\\b[^.;]*$");

    /**
     * A word of aiming before the figure, in the same clause, that is not inside a name: "the Agency for
     * Strategic Planning" reports a figure, it does not plan one.
     */
    private static boolean targetCue(String before) {
        Matcher m = TARGET_CUE.matcher(before);
        for (int from = 0; from < before.length() && m.find(from); from = m.start(1) + 1) {
            if (m.start(1) == 0 || Character.isLowerCase(before.charAt(m.start(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Words that put what follows in the future: a date after them is planned, not past. */
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?i)\\b(due|scheduled|will|planned|plans?|next|upcoming|expected|set to|to be)\\b[^.;,]*$");

    /** "… to 600,000 by 2027", "by the end of 2025": a year given as a deadline, not when something happened. */
    private static final Pattern BY_DEADLINE = Pattern.compile("(?i)\\bby\\s+(the\\s+end\\s+of\\s+)?$");

    /** "… $500 million by 2030": a figure to reach by a year. */
    private static final Pattern BY_YEAR = Pattern.compile("^\\s*(a year\\s+|annually\\s+|per year\\s+)?by\\s+(the end of\\s+)?(19|20)\\d\\d\\b");
    /** "instructed their governments to lift annual trade to": a figure an infinitive aims at. */
    private static final Pattern INFINITIVE_TO = Pattern.compile("(?i)\\bto\\s+\\p{L}+\\b[^.;]*\\bto\\s*$");
    /** "trade will reach", "could climb to": a figure a modal verb puts in the future. */
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(will|would|could|should|may|might)\\s+[^.;,]*$");

    /** "ambitions to increase this trade volume to $1 billion", "to lift trade to $500 million by 2030": a goal, not a figure reached. */
    private static List<FoundValue> markTargets(String s, List<FoundValue> values) {
        List<FoundValue> out = new ArrayList<>();
        for (FoundValue v : values) {
            boolean figure = v.kind() == FactKind.MONEY || v.kind() == FactKind.QUANTITY || v.kind() == FactKind.COUNT
                    || v.kind() == FactKind.PERCENT;
            String before = s.substring(0, v.start());
            boolean byYear = BY_YEAR.matcher(s.substring(v.end())).find()
                    && (INFINITIVE_TO.matcher(before).find() || MODAL.matcher(before).find());
            boolean date = v.kind() == FactKind.DATE || v.kind() == FactKind.YEAR;
            if (date && v.qualifier().isEmpty() && (FUTURE_CUE.matcher(before).find() || BY_DEADLINE.matcher(before).find())) {
                // "the next session is due in Astana in 2025": a date planned, not one that happened
                out.add(new FoundValue(v.kind(), v.start(), v.end(), v.number(), v.unit(), v.year(), "target", v.role(),
                        v.partner(), v.canonical()));
                continue;
            }
            if (figure && v.qualifier().isEmpty() && (targetCue(before) || byYear)) {
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
        m = MONEY_CODE.matcher(s);
        while (m.find()) {
            // "HUF 15 billion", "KZT 2.3 trillion": an ISO code before the figure
            Optional<String> code = Units.currency(m.group(2));
            if (code.isPresent() && code.get().equals(m.group(2))) {
                double scale = m.group(4) == null ? 1 : SCALES.getOrDefault(m.group(4).toLowerCase(Locale.ROOT), 1.0);
                OptionalDouble n = parse(m.group(3));
                add(out, FoundValue.of(FactKind.MONEY, m.start(2), m.end(), n.isPresent() ? OptionalDouble.of(n.getAsDouble() * scale) : n,
                        code.get(), ""));
            }
        }
        m = MONEY_WORD.matcher(s);
        while (m.find()) {
            add(out, FoundValue.of(FactKind.MONEY, spanStart(m), m.end(2), parse(m.group(3)), currency(m.group(4)),
                    qualifier(m.group(1))));
        }
    }

    private void years(String s, List<FoundValue> out) {
        Matcher m = YEAR.matcher(s);
        java.util.Set<Integer> all = new java.util.HashSet<>();
        while (m.find()) {
            all.add(Integer.parseInt(m.group(1)));
        }
        m.reset();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            String before = s.substring(Math.max(0, m.start() - 70), m.start());
            // ("from US$ 30.3 mln in the same period of 2023" is a base whatever other year the sentence gives)
            boolean earlierFigure = (all.size() > 1 || SAME_PERIOD_OF.matcher(before).find()) && FROM_FIGURE_IN.matcher(before).find();
            String qual = SINCE_CUE.matcher(before).find() ? "since" : isReferenceYear(before) || earlierFigure ? "reference" : "";
            add(out, new FoundValue(FactKind.YEAR, m.start(1), m.end(1), OptionalDouble.of(y), "",
                    OptionalInt.of(y), qual, "", "", ""));
        }
        if (published.isEmpty()) {
            return;
        }
        m = kzbot.text.RelativeYear.PATTERN.matcher(s);
        while (m.find()) {
            int y = kzbot.text.RelativeYear.of(m.group(1), published.getAsInt());
            String before = s.substring(Math.max(0, m.start() - 70), m.start());
            String qual = isReferenceYear(before) ? "reference" : "";
            add(out, new FoundValue(FactKind.YEAR, m.start(), m.end(), OptionalDouble.of(y), "", OptionalInt.of(y), qual, "", "", ""));
        }
    }

    /**
     * Whether the text just before a year makes it a point of comparison: "than in 2022", "compared
     * with 2016", "up 18% on the same period of 2023".
     */
    static boolean isReferenceYear(String textBefore) {
        return REFERENCE_YEAR_CUE.matcher(textBefore).find();
    }

    /** How far after a change its base year may stand ("23 per cent from 55.6 million dollars in 2022"). */
    private static final int CHANGE_BASE_REACH = 70;

    /** A figure's year is the nearest year in the sentence that is not a point of comparison. */
    private static List<FoundValue> assignYears(String s, List<FoundValue> values) {
        List<FoundValue> years = values.stream().filter(v -> v.kind() == FactKind.YEAR).toList();
        // a date without its year ("on 16 May") has the article's year, which no other figure of the sentence is said to have
        List<FoundValue> dates = values.stream().filter(v -> v.kind() == FactKind.DATE && YEAR.matcher(s.substring(v.start(), v.end())).find()).toList();
        List<FoundValue> out = new ArrayList<>();
        for (FoundValue v : values) {
            if (v.year().isPresent()) {
                out.add(v);
                continue;
            }
            // "reached $46.8 mln in 2023, up 31.5% from $35.6 mln a year earlier": the year before the sentence's year
            if (YEAR_EARLIER.matcher(s.substring(v.end())).lookingAt()) {
                Optional<FoundValue> own = years.stream().filter(y -> y.end() <= v.start() && y.qualifier().isEmpty())
                        .reduce((a, b) -> b);
                if (own.isPresent()) {
                    out.add(v.withYear(OptionalInt.of(own.get().year().getAsInt() - 1)));
                    continue;
                }
            }
            FoundValue best = null;
            int bestScore = Integer.MAX_VALUE;
            // "up 23 per cent on 2022", "an increase of 18.4 per cent on the $120.4 million recorded in 2022": a change
            // is never of the year it is measured against, nor of a year said after that
            int base = v.kind() != FactKind.PERCENT ? -1 : years.stream().filter(y -> y.start() >= v.end() && y.start() - v.end() <= CHANGE_BASE_REACH
                    && ("reference".equals(y.qualifier()) || FROM_FIGURE_IN.matcher(s.substring(Math.max(0, y.start() - 70), y.start())).find()))
                    .mapToInt(FoundValue::start).min().orElse(-1);
            for (FoundValue y : concat(years, dates)) {
                if (base >= 0 && (y.start() >= base || "reference".equals(y.qualifier()))) {
                    continue;
                }
                if (y.start() >= v.end() && (inAnotherClause(s, v, y, values) || LABEL_AFTER.matcher(s).region(y.end(), s.length()).lookingAt()
                        || s.substring(v.end(), y.start()).contains(";"))) {
                    // nor is a year that labels the figure after it ("…US$ 41.6 mn (2022: US$ 33.9 mn)"), nor one in the
                    // next item of a list ("…worth US$ 64 mn; trade target – US$ 100 mn by 2027")
                    continue;
                }
                if (y.end() <= v.start() && LABEL_AFTER.matcher(s).region(y.end(), s.length()).lookingAt()
                        && figureBetween(values, y.end(), v.start())) {
                    // "(2022: US$ 47.1 mn); deals signed – 9, worth US$ 80 mn": the label is the first figure's; but "for
                    // 2023, …: trade €187 mln; exports €96 mln; imports €91 mln" dates the whole list
                    continue;
                }
                int distance = y.start() >= v.end() ? y.start() - v.end() : v.start() - y.end();
                // "up 23.5 per cent from $150.9 million in 2022": the earlier figure is that year's, though the year is a comparison
                boolean thatYears = y.start() >= v.end() && s.substring(v.end(), y.start()).matches("\\s+(?:\\p{L}+\\s+)?in\\s+")
                        && FROM_FIGURE_IN.matcher(s.substring(Math.max(0, y.start() - 70), y.start())).find();
                int score = distance + (("reference".equals(y.qualifier()) && !thatYears) || "since".equals(y.qualifier()) ? 1000 : 0);
                if (score < bestScore) {
                    best = y;
                    bestScore = score;
                }
            }
            out.add(best == null ? v : v.withYear(best.year()));
        }
        return out;
    }

    /** A year with a colon or a dash after it labels what follows: "(2022: US$ 33.9 mn)", "trade 2023 – US$ 41.6 mn". */
    private static final Pattern LABEL_AFTER = Pattern.compile("\\s*(?::|[\u2013\u2014]|\\s-\\s)");

    /** Where a sentence goes on with another clause: ", and", ", but", ", while", ", whereas", ";". */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?i),\\s*(?:and|but|while|whereas|which|where)\\b|;");

    /**
     * "put the investment at about US$ 42 mln, and output is expected to begin in 2026": a year in the
     * clause after the figure's, with no figure of its own, dates that clause's event, not the figure;
     * "exports of $40 mln, and imports of $25 mln in 2023" is one year for both.
     */
    private static boolean inAnotherClause(String s, FoundValue v, FoundValue y, List<FoundValue> values) {
        Matcher m = NEXT_CLAUSE.matcher(s).region(v.end(), y.start());
        if (!m.find()) {
            return false;
        }
        return !figureBetween(values, m.end(), y.start());
    }

    /** A figure (not a year or a date) stands between the two offsets. */
    private static boolean figureBetween(List<FoundValue> values, int from, int to) {
        return values.stream().anyMatch(x -> x.start() >= from && x.end() <= to && x.kind() != FactKind.YEAR
                && x.kind() != FactKind.DATE && x.number().isPresent());
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

    /** A number written as a word, or a scale word that continues one ("two", "hundred", "thousand"). */
    static boolean isNumberWord(String lower) {
        return WORDS.containsKey(lower) && !lower.equals("a") || SCALES.containsKey(lower) && lower.length() > 2;
    }

    static OptionalDouble parse(String amount) {
        String a = amount.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        Matcher m = Pattern.compile("^(" + NUM + ")(?:\\s*(" + SCALE + "))?$").matcher(a);
        if (m.find()) {
            double base = Double.parseDouble(m.group(1).replace(",", ""));
            return OptionalDouble.of(m.group(2) == null ? base : base * SCALES.getOrDefault(m.group(2), 1.0));
        }
        String[] words = a.split(" ");
        if (words.length == 1 && !a.equals("a") && WORDS.containsKey(a)) {
            return OptionalDouble.of(WORDS.get(a)); // "Fourteen commercial agreements"
        }
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
        return q == null ? "" : Qualifiers.PHRASES.getOrDefault(q.toLowerCase(Locale.ROOT), "");
    }

    private static String currency(String symbolOrWord) {
        String c = symbolOrWord.strip();
        Optional<String> sign = Units.symbol(c);
        if (sign.isPresent()) {
            return sign.get();
        }
        if (c.contains("$")) {
            return "USD";
        }
        return switch (c.toLowerCase(Locale.ROOT)) {
            case "\u20ac", "eur" -> "EUR";
            case "\u00a3" -> "GBP";
            case "\u20b8" -> "KZT";
            case "rm" -> "MYR";
            default -> Units.currency(c).orElse(c.toUpperCase(Locale.ROOT));
        };
    }

    private static String unit(String u) {
        return Units.quantity(u).orElse(u.toLowerCase(Locale.ROOT));
    }
}
