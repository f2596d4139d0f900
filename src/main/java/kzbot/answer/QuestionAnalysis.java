package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import kzbot.domain.Entity;
import kzbot.domain.Interpretation;
import kzbot.domain.Topic;

/**
 * What the answerer needs to know of a question beyond its interpretation: the kind of answer
 * wanted, the partners and years it is about, the country a person is asked of, and its content words.
 */
record QuestionAnalysis(Interpretation interpretation, Wanted wanted, List<String> partners, List<Integer> years,
                        Optional<String> personCountry, List<String> terms, List<Topic> topics, String countNoun,
                        List<String> placeWords) {
    /** Words written in capitals in the question ("APP", "CPEC"), folded as the terms are. */
    List<String> acronyms() {
        List<String> out = new ArrayList<>();
        for (kzbot.text.Token t : kzbot.text.Tokens.of(interpretation.question())) {
            String w = t.text();
            boolean place = interpretation.entities(Entity.Type.COUNTRY).stream()
                    .anyMatch(e -> e.start() <= t.start() && t.end() <= e.end());
            if (w.length() >= 3 && w.length() <= 8 && w.chars().allMatch(Character::isUpperCase) && !place) {
                out.add(kzbot.text.Tokens.fold(w));
            }
        }
        return out;
    }

    private static final Pattern PERCENT = Pattern.compile(
            "\\b(percent|percentage|per cent|by how much|growth rate)\\b|\\bhow much did\\b.*\\b(grow|increase|rise|fall|decline|drop)");
    private static final Pattern COUNT = Pattern.compile("\\bhow many\\b|\\bnumber of\\b");
    private static final Pattern TIME = Pattern.compile(
            "^(when|since when)\\b|\\b(what|which|in what) (year|date|month|day)\\b|\\bwhen (did|was|were|is|will|does|do|has|had)\\b");
    private static final Pattern PERSON = Pattern.compile(
            "^who\\b|\\bwho (is|was|are|were|leads|led|signed|visited|wrote|heads|said)\\b|\\bwhich (president|prime minister|minister"
                    + "|leader|official|ambassador|author|person|king|emir|chairman)\\b|\\bname of\\b.*\\b(president|minister"
                    + "|leader|ambassador|author|chairman)|\\b(president|minister|leader)'?s name\\b");
    private static final Pattern AGENT = Pattern.compile(
            "\\bwho (signed|founded|established|organi[sz]ed|hosted|built|funded|financed|created|set up|launched)\\b");
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(which|what) (newspaper|paper|outlet|media|agency|organi[sz]ations?|institute|institution|university|body"
                    + "|bloc|forum|council|think tank)\\b");
    private static final Pattern MONEY = Pattern.compile(
            "\\b(trade (volume|figure|turnover)|volume of trade|turnover|worth|in (us )?dollars|how much (money|was invested|investment))\\b"
                    + "|\\b(what|how) (is|was|were|are|big is|large is) (the )?(bilateral |total |annual )?(trade|investment)\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\bhow (much|large|big|far|long|high|many)\\b"
            + "|\\b(what|which) (is|was|are|were) the (population|area|size|distance|gdp|length|budget|price|cost|capacity"
            + "|value|number|figure|volume|amount|total|level|rate)\\b|\\b(reserves|volume|figure|amount)\\b");
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many\\b");

    static QuestionAnalysis of(Interpretation in) {
        String q = in.question().toLowerCase(Locale.ROOT).replace('’', '\'');
        Wanted wanted = wanted(q);
        List<String> partners = new ArrayList<>();
        List<int[]> excluded = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (Entity e : in.entities()) {
            switch (e.type()) {
                case COUNTRY -> {
                    excluded.add(new int[] {e.start(), e.end()});
                    if (!"Kazakhstan".equals(e.value()) && !partners.contains(e.value())) {
                        partners.add(e.value());
                    }
                }
                case YEAR -> {
                    excluded.add(new int[] {e.start(), e.end()});
                    years.add(Integer.parseInt(e.value()));
                }
                case DATE -> {
                    excluded.add(new int[] {e.start(), e.end()});
                    years.add(Integer.parseInt(e.value().substring(0, 4)));
                }
                default -> { }
            }
        }
        List<Topic> topics = new ArrayList<>(in.intent().topics());
        in.entities(Entity.Type.TOPIC).forEach(e -> Topic.fromCode(e.value()).filter(t -> !topics.contains(t)).ifPresent(topics::add));
        String countNoun = countNoun(in);
        List<String> placeWords = in.entities(Entity.Type.COUNTRY).stream().filter(e -> !"Kazakhstan".equals(e.value()))
                .map(e -> e.text().toLowerCase(Locale.ROOT)).distinct().toList();
        return new QuestionAnalysis(in, wanted, partners, years, personCountry(in, wanted),
                Terms.content(in.question(), excluded), topics, countNoun, placeWords);
    }

    /** The noun counted in "how many MoUs", skipping places and demonyms ("how many Kazakh students"). */
    private static String countNoun(Interpretation in) {
        String q = in.question().toLowerCase(Locale.ROOT);
        var m = HOW_MANY.matcher(q);
        if (!m.find()) {
            return "";
        }
        for (kzbot.text.Token t : kzbot.text.Tokens.of(in.question().substring(m.end()))) {
            int start = m.end() + t.start();
            boolean inEntity = in.entities().stream().anyMatch(e -> e.type() != Entity.Type.TOPIC
                    && e.start() <= start && start < e.end());
            if (!inEntity) {
                return t.text().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    static Wanted wanted(String q) {
        if (PERCENT.matcher(q).find()) {
            return Wanted.PERCENT;
        }
        if (TIME.matcher(q).find()) {
            return Wanted.TIME;
        }
        if (AGENT.matcher(q).find()) {
            return Wanted.AGENT;
        }
        if (PERSON.matcher(q).find()) {
            return Wanted.PERSON;
        }
        if (ORGANISATION.matcher(q).find()) {
            return Wanted.ORGANISATION;
        }
        if (COUNT.matcher(q).find()) {
            return Wanted.COUNT;
        }
        if (MONEY.matcher(q).find()) {
            return Wanted.MONEY;
        }
        if (AMOUNT.matcher(q).find()) {
            return Wanted.AMOUNT;
        }
        return Wanted.DESCRIPTION;
    }

    /**
     * For "Kazakhstan's president" or "the Uzbek president": the country whose person is asked for,
     * which may be Kazakhstan itself; empty when the question does not tie the person to a country.
     */
    private static Optional<String> personCountry(Interpretation in, Wanted wanted) {
        if (wanted != Wanted.PERSON && wanted != Wanted.AGENT) {
            return Optional.empty();
        }
        String q = in.question();
        for (Entity e : in.entities(Entity.Type.COUNTRY)) {
            String after = q.substring(e.end()).toLowerCase(Locale.ROOT).replaceFirst("^['’]s", "").stripLeading();
            if (after.matches("^(president|prime minister|pm|foreign minister|minister|leader|king|emir|ambassador|government)\\b.*")) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** A figure that was a goal answers only a question about goals. */
    boolean asksForTarget() {
        return terms.stream().anyMatch(t -> t.startsWith("target") || t.startsWith("goal") || t.startsWith("aim")
                || t.startsWith("ambition") || t.startsWith("plan"));
    }

    boolean asksForFigure() {
        return wanted.isValue() && wanted != Wanted.PERSON && wanted != Wanted.ORGANISATION && wanted != Wanted.AGENT;
    }
}
