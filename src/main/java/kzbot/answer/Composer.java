package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import kzbot.domain.Document;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Frame;
import kzbot.domain.Interpretation;
import kzbot.domain.Question;
import kzbot.domain.Sentence;
import kzbot.domain.SentenceKind;

/**
 * Writes an answer: the figure, date or name first when one was asked for, then the cited
 * sentences, each followed by its marker. Every figure and name in the text is copied from a quoted
 * sentence (or, for the article's own metadata, from the metadata it cites), so the figure rule
 * holds by construction. A table row is shown as "Heading: cell; cell", its citation quoting the
 * row exactly.
 */
final class Composer {
    static final int MAX_CHARS = 700;
    private static final int MAX_LIST_ITEMS = 5;
    /** A sentence shorter than this says too little alone ("Naturally, any relationship will have its challenges."). */
    private static final int SHORT = 100;
    private static final Pattern CELL = Pattern.compile("\\s*\\|\\s*");

    private final Map<String, Document> documents;

    Composer(Map<String, Document> documents) {
        this.documents = documents;
    }

    /** Numbered citations and the text that refers to them. */
    final class Draft {
        final List<Citation> citations = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        int cite(Sentence s) {
            for (Citation c : citations) {
                if (c.sentenceId() == s.id() && c.quotesText()) {
                    return c.n();
                }
            }
            Document d = documents.get(s.docId());
            int n = citations.size() + 1;
            citations.add(new Citation(n, s.docId(), d == null ? s.docId() : d.title(), d == null ? "" : d.author(),
                    d == null ? "" : d.publisher(), d == null ? "" : d.published(), s.text(), s.start(), s.end(), s.id(),
                    s.paragraph(), Citation.TEXT));
            return n;
        }

        /** A citation of a field of an article's metadata (author, publisher, published, title). */
        int citeField(Document d, String field, String value) {
            int n = citations.size() + 1;
            citations.add(new Citation(n, d.id(), d.title(), d.author(), d.publisher(), d.published(), value, 0, 0, -1, -1, field));
            return n;
        }

        boolean fits(String more) {
            return text.length() + more.length() + 1 <= MAX_CHARS;
        }

        void append(String part) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(part);
        }

        boolean quotes(Sentence s) {
            return citations.stream().anyMatch(c -> c.sentenceId() == s.id());
        }

        /** A decline that quotes what the sources give instead. */
        Answer.Declined declined(Interpretation in) {
            return new Answer.Declined(text.toString(), in, citations);
        }

        /** Nothing quoted yet: a sentence too long for an answer was all there was to quote. */
        boolean isEmpty() {
            return citations.isEmpty();
        }

        Answer.Found found(Interpretation in) {
            return new Answer.Found(text.toString(), citations, in);
        }
    }

    Draft draft() {
        return new Draft();
    }

    /**
     * A figure, date or name with the sentence it comes from: "$138 million in 2023 — “…” [1]". A
     * sentence that goes on from the one before ("It also…") is quoted with it.
     */
    void lead(Draft d, List<Fact> facts, SentenceReading s, java.util.Optional<SentenceReading> previous, String prefix) {
        // a name taken from the sentence before ("the firm will invest…" after the firm's name) is quoted there too
        boolean fromPrevious = previous.isPresent() && facts.stream().anyMatch(f -> f.sentenceId() == previous.get().record().sentence().id());
        boolean withPrevious = previous.isPresent() && (Scorer.QUOTES_PREVIOUS.matcher(s.text()).find() || fromPrevious)
                && !d.quotes(previous.get().record().sentence());
        String quoted = withPrevious ? previous.get().text() + " " + s.text() : s.text();
        List<String> each = facts.stream().map(f -> lead(f, quoted)).distinct().toList();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) {
            String lead = each.get(i);
            if (i > 0 && lead.startsWith(PLANNED) && each.get(0).startsWith(PLANNED)) {
                lead = lead.substring(PLANNED.length()); // "Planned: 175 million lari by 2025; $65 million by 2025"
            }
            written.add(i == 0 ? lead : asWritten(lead, s.text()));
        }
        String leads = String.join("; ", written);
        if (!d.isEmpty() && !d.fits(prefix + leads + " [" + (d.citations.size() + 1) + "].")) {
            return; // a further figure that would not fit even without its quote is left out: an answer keeps to its length
        }
        if (withPrevious) {
            int p = d.cite(previous.get().record().sentence());
            int n = d.cite(s.record().sentence());
            String both = prefix + leads + " \u2014 \u201c" + shown(previous.get().record().sentence()) + "\u201d [" + p + "] \u201c"
                    + shown(s.record().sentence()) + "\u201d [" + n + "]";
            if (d.fits(both)) {
                d.append(both);
                return;
            }
        }
        int n = d.cite(s.record().sentence());
        String alone = prefix + leads + " \u2014 \u201c" + shown(s.record().sentence()) + "\u201d [" + n + "]";
        d.append(d.fits(alone) ? alone : prefix + leads + " [" + n + "].");
    }

    private static final String PLANNED = "Planned: ";

    /** The figure, date or name an answer leads with ("$5.2 bln" of "$5.2 bln — “…” [1]"), or "" for a described answer. */
    static String leadOf(String answer) {
        int dash = answer.indexOf(" \u2014 \u201c");
        return dash > 0 ? answer.substring(0, dash).strip() : "";
    }

    /**
     * A figure that leads an answer starts with a capital ("About $280 million"); inside the answer,
     * after another, it is written as its sentence has it ("about $280 million").
     */
    static String asWritten(String lead, String sentence) {
        if (lead.isEmpty() || !Character.isUpperCase(lead.codePointAt(0)) || sentence.contains(lead.split(" ", 2)[0])) {
            return lead;
        }
        return lead.substring(0, 1).toLowerCase(Locale.ROOT) + lead.substring(1);
    }

    /** A sentence as the answer shows it: a table row as "Heading: cell; cell", anything else as written. */
    static String shown(Sentence s) {
        if (s.kind() != SentenceKind.TABLE_ROW) {
            return s.text();
        }
        List<String> cells = new ArrayList<>();
        for (String c : CELL.split(s.text().strip())) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        if (cells.size() < 2) {
            return String.join(" ", cells);
        }
        return cells.get(0) + ": " + String.join("; ", cells.subList(1, cells.size()));
    }

    /**
     * The best sentence, then what completes it: the sentence before when it opens with "This",
     * "These", "It"…; the list it introduces or belongs to; the next sentence when that goes on from
     * it; the list its paragraph ends with.
     */
    void describe(Draft d, SentenceReading best, java.util.Optional<SentenceReading> previous, Candidates candidates) {
        Sentence s = best.record().sentence();
        if (previous.isPresent() && Scorer.QUOTES_PREVIOUS.matcher(s.text()).find()) {
            add(d, previous.get().record().sentence());
        }
        add(d, s);
        List<SentenceReading> after = candidates.following(best, 12);
        if (s.text().endsWith(":") || s.kind() == SentenceKind.LIST_ITEM || s.kind() == SentenceKind.TABLE_ROW) {
            addListItems(d, after, 0);
        } else {
            List<SentenceReading> sameParagraph = after.stream()
                    .filter(x -> x.record().sentence().paragraph() == s.paragraph()).toList();
            if (!sameParagraph.isEmpty() && (Scorer.goesOn(sameParagraph.get(0)) || s.text().length() < SHORT)) {
                add(d, sameParagraph.get(0).record().sentence());
            }
            if (!sameParagraph.isEmpty() && sameParagraph.get(sameParagraph.size() - 1).text().endsWith(":")) {
                addListItems(d, after, sameParagraph.size());
            }
        }
    }

    /** A runner-up sentence, and the next one when it goes on from it ("They are cooperating in…"). */
    void second(Draft d, SentenceReading s, Candidates candidates) {
        if (!add(d, s.record().sentence())) {
            return;
        }
        List<SentenceReading> after = candidates.following(s, 1);
        if (!after.isEmpty() && after.get(0).record().sentence().paragraph() == s.record().sentence().paragraph()
                && Scorer.ANAPHOR.matcher(after.get(0).text()).find()) {
            add(d, after.get(0).record().sentence());
        }
    }

    private void addListItems(Draft d, List<SentenceReading> after, int from) {
        for (int i = from; i < after.size() && i < from + MAX_LIST_ITEMS; i++) {
            Sentence next = after.get(i).record().sentence();
            if (next.kind() != SentenceKind.LIST_ITEM && next.kind() != SentenceKind.TABLE_ROW || !add(d, next)) {
                break;
            }
        }
    }

    /** Quotes a sentence with its marker, unless it is quoted already or would not fit. */
    boolean add(Draft d, Sentence s) {
        if (d.quotes(s) || d.citations.stream().anyMatch(c -> c.quote().equals(s.text()))) {
            return true; // the same words twice say nothing more
        }
        String part = shown(s) + " [" + (d.citations.size() + 1) + "]";
        if (!d.fits(part)) {
            return false;
        }
        d.cite(s);
        d.append(part);
        return true;
    }

    /** "$138 million in 2023", "Target: $1 billion", "Shavkat Mirziyoyev, Uzbekistan's President": a fact as its quote writes it. */
    static String lead(Fact f, String quote) {
        String v = f.valueText();
        if (f.kind() == FactKind.PERSON && !f.role().isEmpty() && quote.contains(f.role())) {
            // the partner's name before the role only as the quote writes it: "Uzbekistan's President", not "Egypt's
            // ambassador" for "Kazakhstan's ambassador to Egypt"
            String role = f.role();
            for (String apostrophe : List.of("'", "\u2019")) {
                String owned = f.partner() + apostrophe + "s " + f.role();
                if (!f.partner().isEmpty() && quote.contains(owned)) {
                    role = owned;
                }
            }
            return v.replaceAll("['\u2019]s$", "") + ", " + role;
        }
        String lead = Character.isLowerCase(v.codePointAt(0)) ? v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1) : v;
        boolean figure = f.kind().isFigure();
        // "272-kilometre" says how big a thing is, not a figure of a year: no year after it
        boolean modifier = v.matches(".*\\d-\\p{L}.*");
        if (figure && !modifier && f.year().isPresent() && !v.contains(String.valueOf(f.year().getAsInt()))) {
            int y = f.year().getAsInt();
            java.util.regex.Matcher relative = kzbot.text.RelativeYear.PATTERN.matcher(quote);
            // "…reached a record PLN 14.2 billion last year": the year as the article counts it from its date
            // a year the quote does not say (a day and month the article's date dates) is not written as if it did
            String own = quote.contains(String.valueOf(y)) ? " in " + y : relative.find() ? " " + relative.group().toLowerCase(Locale.ROOT) : "";
            lead += switch (f.frame().time()) {
                case PART -> " in part of " + y;
                case PERIOD -> quote.contains("since " + y) ? " since " + y : " over the years to " + y;
                case COMPARISON -> "";
                default -> own;
            };
        }
        boolean date = f.kind() == FactKind.DATE || f.kind() == FactKind.YEAR;
        if (date && "since".equals(f.qualifier()) && f.frame().time() == Frame.TimeRole.PERIOD) {
            lead = "Since " + v; // "since 2020, Pakistan has been working on…": the start of what still goes on
        } else if ("target".equals(f.qualifier()) && date) {
            lead = "Planned for " + v; // "the next meeting is scheduled for 2026" sets a date, not a target
        } else if ("target".equals(f.qualifier())) {
            lead = "Target: " + v;
        } else if ("planned".equals(f.qualifier()) && f.year().isPresent()) {
            lead = PLANNED + v + (v.contains(String.valueOf(f.year().getAsInt())) ? "" : " by " + f.year().getAsInt());
        }
        return lead;
    }

    /** How a frame's time reads in a decline: "for 2023", "over several years". */
    static String when(Frame frame, int year) {
        return switch (frame.time()) {
            case PART -> "for part of " + year;
            case PERIOD -> "over a period ending or starting in " + year;
            case COMPARISON -> "compared with " + year;
            default -> "for " + year;
        };
    }
}
