package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.SentenceKind;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences, headings, list items and table rows. Lines are split first
 * (articles put headings and paragraphs on lines of their own), then OpenNLP's English sentence
 * model runs inside each line; a table row is one unit and a period glued to a capital
 * ("exchanges.As") is a boundary the model misses.
 */
public final class SentenceSplitter {
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:\\-]*-[\\s|:\\-]*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*\u2022\u00b7\u2013\u25aa\u25cf]|\\d{1,2}[.)])\\s+");
    private static final Pattern GLUED_BOUNDARY = Pattern.compile("(?<=[a-z\\d)\u201d\"][.!?])(?=[A-Z][a-z])");
    private static final Pattern REFERENCES_HEADING = Pattern.compile(
            "^(?i)(sources?|references|bibliography|further reading|notes)\\s*:?$");
    private static final Pattern HONORIFIC_END = Pattern.compile("(?i)\\b(?:" + String.join("|",
            kzbot.text.WordLists.words("honorifics.txt")) + "|" + String.join("|", kzbot.text.WordLists.words("title-abbreviations.txt"))
            + ")\\.\\s*$");
    /** A capitalised abbreviation of up to four letters with its full stop, ending a piece: "Rs.", "No.", "Tk.". */
    private static final Pattern SHORT_ABBREVIATION_END = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}{0,3}\\.\\s*$");
    private static final Pattern CREDIT_LINE = Pattern.compile("^(?i)(source|photo|image|credit|picture)s?\\s*:.*");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(sign up|subscribe|leave a reply|email address will not be published|required fields are marked"
                    + "|^articles:\\s*\\d+$|^disclaimer\\b|all rights reserved|share this article|^read more\\b)");
    private static final int HEADING_MAX_WORDS = 16;

    private final ThreadSafeSentenceDetectorME detector;

    private static final String ENGLISH_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    public SentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    /** The splitter with OpenNLP's English UD-EWT sentence model from the class path. */
    public static SentenceSplitter english() {
        try (java.io.InputStream in = SentenceSplitter.class.getResourceAsStream(ENGLISH_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP sentence model " + ENGLISH_MODEL + " is not on the class path");
            }
            return new SentenceSplitter(new SentenceModel(in));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load the OpenNLP sentence model", e);
        }
    }

    public List<TextUnit> split(String text) {
        List<TextUnit> units = new ArrayList<>();
        boolean inReferences = false;
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = skipSpace(text, lineStart, lineEnd);
            int e = trimEnd(text, s, lineEnd);
            if (s < e) {
                String line = text.substring(s, e);
                Matcher list = LIST_MARKER.matcher(line);
                boolean isList = list.find();
                if (!isList && inReferences) {
                    inReferences = false;
                }
                if (!TABLE_RULE.matcher(line).matches()) {
                    if (isList) {
                        int body = skipSpace(text, s + list.end(), e);
                        addSentences(units, text, body, e, paragraph,
                                inReferences ? SentenceKind.REFERENCE : SentenceKind.LIST_ITEM);
                    } else {
                        inReferences = REFERENCES_HEADING.matcher(line).matches();
                        addLine(units, text, s, e, line, paragraph);
                    }
                    paragraph++;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return units;
    }

    private void addLine(List<TextUnit> units, String text, int s, int e, String line, int paragraph) {
        if (isTableRow(line)) {
            units.add(new TextUnit(s, e, paragraph, SentenceKind.TABLE_ROW));
        } else if (CREDIT_LINE.matcher(line).matches()) {
            units.add(new TextUnit(s, e, paragraph, SentenceKind.REFERENCE));
        } else if (BOILERPLATE.matcher(line).find()) {
            addSentences(units, text, s, e, paragraph, SentenceKind.BOILERPLATE);
        } else if (isHeading(line)) {
            units.add(new TextUnit(s, e, paragraph, SentenceKind.HEADING));
        } else {
            addSentences(units, text, s, e, paragraph, SentenceKind.TEXT);
        }
    }

    static boolean isTableRow(String line) {
        long bars = line.chars().filter(c -> c == '|').count();
        return bars >= 2 || (bars == 1 && line.endsWith("|"));
    }

    static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        boolean terminal = ".!?\u201d\"\u2026;".indexOf(last) >= 0;
        return !terminal && line.split("\\s+").length <= HEADING_MAX_WORDS;
    }

    /** Cuts at glued boundaries first (the model misreads "exchanges.As"), then runs the model on each piece. */
    private void addSentences(List<TextUnit> units, String text, int s, int e, int paragraph, SentenceKind kind) {
        Matcher glued = GLUED_BOUNDARY.matcher(text).region(s, e);
        int piece = s;
        while (glued.find()) {
            detect(units, text, piece, glued.start(), paragraph, kind);
            piece = glued.start();
        }
        detect(units, text, piece, e, paragraph, kind);
    }

    private void detect(List<TextUnit> units, String text, int s, int e, int paragraph, SentenceKind kind) {
        String chunk = text.substring(s, e);
        // a piece that starts in lower case goes on from the one before: the model cuts "came to $1.7 | billion."
        List<int[]> pieces = new ArrayList<>();
        for (Span span : detector.sentPosDetect(chunk)) {
            int from = skipSpace(chunk, span.getStart(), span.getEnd());
            String last = pieces.isEmpty() ? "" : chunk.substring(pieces.get(pieces.size() - 1)[0], pieces.get(pieces.size() - 1)[1]);
            boolean afterHonorific = !pieces.isEmpty() && HONORIFIC_END.matcher(last).find();
            boolean afterSign = !pieces.isEmpty() && from < span.getEnd() && Character.isDigit(chunk.charAt(from))
                    && SHORT_ABBREVIATION_END.matcher(last).find();
            if (!pieces.isEmpty() && from < span.getEnd() && (Character.isLowerCase(chunk.charAt(from)) || afterHonorific || afterSign)) {
                // and "…, Mrs. | Folasade Adeyemi-Bakare, said…": an honorific's full stop ends no sentence, nor
                // the one of a short abbreviation before a figure ("about Rs. | 12.5 bn", "No. | 3")
                pieces.get(pieces.size() - 1)[1] = span.getEnd();
            } else {
                pieces.add(new int[] {span.getStart(), span.getEnd()});
            }
        }
        for (int[] p : pieces) {
            addTrimmed(units, text, s + p[0], s + p[1], paragraph, kind);
        }
    }

    private static void addTrimmed(List<TextUnit> units, String text, int from, int to, int paragraph,
                                   SentenceKind kind) {
        int s = skipSpace(text, from, to);
        int e = trimEnd(text, s, to);
        if (s < e) {
            units.add(new TextUnit(s, e, paragraph, kind));
        }
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
