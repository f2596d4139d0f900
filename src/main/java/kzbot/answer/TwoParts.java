package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.text.WordLists;

/**
 * A question that asks two things joined by "and" and a question word: "how many documents did
 * they sign and what was their total value", "what is the goal and for what year". Each part is
 * answered in turn, the second read as a follow-up of the first, and the answers are joined.
 */
final class TwoParts {
    private static final Pattern SPLIT = Pattern.compile("(?i)^(.{8,}?)[\\s,;]+and\\s+((?:(?:for|in|by|of|to|from|at|on)\\s+)?(?:"
            + String.join("|", WordLists.QUESTION_CUES.get("opens").stream().map(Pattern::quote).toList()) + ")\\b.{3,})$");

    private TwoParts() {
    }

    /** "… – give me both numbers", "need both figures": the question asks for two figures. */
    private static final Pattern BOTH = Pattern.compile("(?i)[\\s,;?.!\\-\u2013\u2014]*\\b(?:give me |need |i need |want |i want )?both"
            + "(?: (?:numbers|figures|values|totals|amounts|of them))?[\\s?.!]*$");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+(\\S+)");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b|\\b(?:last|this) year\\b");

    /**
     * The two questions of one that says it wants both figures: "Kazakh exports to Indonesia and
     * imports from it last year – give me both numbers" is "Kazakh exports to Indonesia last year"
     * and "and imports from it last year"; the "and" that joins two places ("kazakhstan and
     * indonesia") does not split. A time said once at the end goes with both.
     */
    static Optional<List<String>> splitBoth(String question, java.util.function.Predicate<String> isPlace) {
        Matcher both = BOTH.matcher(question);
        if (!both.find() || both.start() == 0) {
            return Optional.empty();
        }
        String asked = question.substring(0, both.start()).strip();
        Matcher and = AND.matcher(asked);
        while (and.find()) {
            String next = and.group(1).replaceAll("[^\\p{L}\\d-]", "");
            if (isPlace.test(next) || next.isEmpty()) {
                continue;
            }
            String first = asked.substring(0, and.start()).strip();
            String second = "and " + asked.substring(and.start(1)).strip();
            Matcher year = YEAR.matcher(second);
            if (year.find() && !YEAR.matcher(first).find()) {
                String when = second.substring(year.start(), year.end());
                first = first + (Character.isDigit(when.charAt(0)) ? " in " : " ") + when;
            }
            return first.split("\\s+").length < 2 ? Optional.empty() : Optional.of(List.of(first, second));
        }
        return Optional.empty();
    }

    /** The two questions, when the text asks two. */
    static Optional<List<String>> split(String question) {
        Matcher m = SPLIT.matcher(question.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String first = m.group(1).strip();
        if (first.split("\\s+").length < 3) {
            return Optional.empty();
        }
        return Optional.of(List.of(first, m.group(2).strip()));
    }

    /**
     * One answer from two: the first as it is; the second's figure and quotes after it, its citations
     * numbered on from the first's. A second answer that quotes only what the first quotes adds its
     * figure beside the first's ("14 documents; $5.2 bln — “…” [1]"); one whose figure the first
     * already leads with adds nothing, and so does one of two that does not lead with a figure (a
     * described answer may already hold both; a second description adds noise, not a figure).
     */
    static Answer.Found join(Answer.Found a, Answer.Found b) {
        String firstLead = Composer.leadOf(a.text());
        String written = Composer.leadOf(b.text());
        if (firstLead.isEmpty() || written.isEmpty()) {
            return a;
        }
        List<Citation> citations = new ArrayList<>(a.citations());
        int[] renumber = new int[b.citations().size() + 1];
        boolean allQuoted = true;
        for (Citation c : b.citations()) {
            Optional<Citation> same = citations.stream().filter(x -> x.sentenceId() == c.sentenceId() && x.field().equals(c.field())
                    && x.source().equals(c.source()) && x.quote().equals(c.quote())).findFirst();
            if (same.isPresent()) {
                renumber[c.n()] = same.get().n();
            } else {
                allQuoted = false;
                int n = citations.size() + 1;
                citations.add(new Citation(n, c.source(), c.title(), c.author(), c.publisher(), c.published(), c.quote(), c.start(),
                        c.end(), c.sentenceId(), c.paragraph(), c.field()));
                renumber[c.n()] = n;
            }
        }
        String lead = Composer.asWritten(written, String.join(" ", b.citations().stream().map(Citation::quote).toList()));
        if (allQuoted && firstLead.contains(lead)) {
            return a;
        }
        if (allQuoted) {
            // both figures in the one quote: "14 documents; $5.2 bln — “… signed 14 documents worth $5.2 bln …” [1]"
            return new Answer.Found(firstLead + "; " + lead + a.text().substring(firstLead.length()), a.citations(), a.interpretation());
        }
        Matcher m = MARKER.matcher(b.text());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, "[" + (n < renumber.length && renumber[n] > 0 ? renumber[n] : n) + "]");
        }
        m.appendTail(sb);
        return new Answer.Found(a.text() + "\n\n" + sb, citations, a.interpretation());
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
}
