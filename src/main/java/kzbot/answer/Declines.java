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

    static String text(Question q, Map<Topic, Integer> covered, Optional<Fact> nearest) {
        StringBuilder sb = new StringBuilder("I couldn't find ").append(asked(q));
        if (!q.partners().isEmpty()) {
            sb.append(" in my sources about Kazakhstan and ").append(Replies.join(q.partners()));
        } else {
            sb.append(" in my sources");
        }
        if (!q.years().isEmpty()) {
            sb.append(" for ").append(q.years().stream().map(String::valueOf).collect(Collectors.joining(" and ")));
        }
        sb.append('.');
        nearest.ifPresent(f -> sb.append(" They give ").append(given(f)).append(", not what you asked."));
        if (!q.partners().isEmpty() && !covered.isEmpty() && nearest.isEmpty()) {
            sb.append(" What they say about ").append(Replies.join(q.partners())).append(" touches on: ")
                    .append(covered.keySet().stream().limit(6).map(Topic::code).collect(Collectors.joining(", "))).append('.');
        } else if (!q.partners().isEmpty() && covered.isEmpty()) {
            sb.append(" None of my articles is about ").append(Replies.join(q.partners())).append('.');
        }
        return sb.toString();
    }

    /** "the number of soldiers", "a date", "the name of the airline", "that figure", "that". */
    static String asked(Question q) {
        String about = q.focus().present() ? q.focus().text().isEmpty() ? q.focus().lemma() : q.focus().text() : "";
        return switch (q.type()) {
            case COUNT -> about.isEmpty() ? "that number" : "the number of " + about;
            case AMOUNT, MONEY -> about.isEmpty() ? "that figure" : "a figure for " + about;
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

    /** A fact the sources hold near what was asked: "the number of people (over a hundred thousand)". */
    private static String given(Fact f) {
        String what = f.frame().nounText().isEmpty() ? "" : f.frame().nounText() + " ";
        String verb = f.frame().predicate().isEmpty() ? "" : "(" + f.frame().predicate() + ") ";
        return what + verb + "\u2014 " + f.valueText() + (f.year().isPresent() && !f.valueText().contains(String.valueOf(f.year().getAsInt()))
                ? ", " + Composer.when(f.frame(), f.year().getAsInt()) : "");
    }

    static List<String> none() {
        return List.of();
    }
}
