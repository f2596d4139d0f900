package kzbot.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kzbot.domain.Fact;
import kzbot.domain.Question;
import kzbot.domain.Topic;

/**
 * The wording of an honest decline: what the question asked for (a date, a name, a figure, and
 * about what), for which partner, and what the sources do give instead: the nearest fact they
 * hold, or the topics they cover for that partner.
 */
final class Declines {
    private Declines() {
    }

    static String text(Question q, Map<Topic, Integer> covered, Optional<Fact> nearest, boolean personal) {
        StringBuilder sb = new StringBuilder("I couldn't find ").append(asked(q, personal));
        if (!q.partners().isEmpty()) {
            sb.append(" in my sources about Kazakhstan and ").append(Replies.join(q.partners()));
        } else {
            sb.append(" in my sources");
        }
        if (!q.years().isEmpty()) {
            sb.append(" for ").append(q.years().stream().map(String::valueOf).collect(Collectors.joining(" and ")));
        }
        sb.append('.');
        nearest.ifPresent(f -> sb.append(" The nearest they give is ").append(inSentence(f.valueText())).append(':'));
        if (!q.partners().isEmpty() && !covered.isEmpty() && nearest.isEmpty()) {
            sb.append(" What they say about ").append(Replies.join(q.partners())).append(" touches on: ")
                    .append(covered.keySet().stream().limit(6).map(Topic::code).collect(Collectors.joining(", "))).append('.');
        } else if (!q.partners().isEmpty() && covered.isEmpty()) {
            sb.append(" None of my articles is about ").append(Replies.join(q.partners())).append('.');
        }
        return sb.toString();
    }

    /** "the number of soldiers", "a date", "the name of the airline", "that figure", "that". */
    static String asked(Question q, boolean personal) {
        String about = q.focus().present() ? q.focus().text().isEmpty() ? q.focus().lemma() : q.focus().text() : "";
        return switch (q.type()) {
            case COUNT -> about.isEmpty() ? "that number" : "the number of " + about + doing(q, personal);
            case AMOUNT, MONEY -> about.isEmpty() ? "that figure"
                    // "trade figures", "the population", "a figure for trade"
                    : MEASURES.contains(q.focus().lemma()) ? (about.endsWith("s") ? about : "the " + about) : "a figure for " + about;
            case CHANGE -> "how much that changed";
            case PERCENT -> "that percentage";
            case DURATION -> "how long";
            case DATE -> q.precision() == kzbot.domain.Frame.Precision.DAY ? "the exact date" : "a date for that";
            case PERSON -> "who that was";
            case AGENT -> "who did that";
            case PLACE -> "where that was";
            case NAME, WHICH -> about.isEmpty() ? "that name" : "the name of the " + about;
            case YES_NO, DESCRIPTION -> "that";
        };
    }

    /** " who died", " that operate": the question's own verb after what it counts, as typed; or nothing. */
    private static String doing(Question q, boolean personal) {
        if (q.predicate().isEmpty()) {
            return "";
        }
        for (kzbot.domain.Word w : q.words()) {
            if (w.lemma().equals("do") && !w.isVerb()) {
                return ""; // "how many tonnes did Kazakhstan mine": what is counted is mined, it does not mine
            }
            if (w.isVerb() && w.lemma().equals(q.predicate())) {
                return (personal ? " who " : " that ") + w.text().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    /** Nouns that name a figure themselves ("figures", "volume"). */
    private static final java.util.Set<String> MEASURES = kzbot.text.WordLists.QUESTION_CUES.get("measure");

    /** The words that qualify a figure ("about", "roughly", "over"), from the ingest's list. */
    private static final java.util.Set<String> QUALIFIER_WORDS = qualifierWords();

    private static java.util.Set<String> qualifierWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : kzbot.text.WordLists.lines("qualifiers.txt")) {
            String[] f = line.split("\t");
            if (f.length > 1) {
                for (String phrase : f[1].split("\\|")) {
                    out.add(phrase.strip().split(" ")[0]);
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** "Some 1,300 Kazakh students" as the middle of a sentence: "some 1,300 Kazakh students". */
    private static String inSentence(String value) {
        int space = value.indexOf(' ');
        String first = space < 0 ? value : value.substring(0, space);
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (kzbot.text.WordLists.STOP_WORDS.contains(lower) || QUALIFIER_WORDS.contains(lower)) {
            return Character.toLowerCase(value.charAt(0)) + value.substring(1);
        }
        return value;
    }
}
