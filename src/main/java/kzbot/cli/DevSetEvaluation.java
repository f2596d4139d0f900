package kzbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import kzbot.answer.Answer;

/** Scores answers against a set in the format of data/eval/README.md. */
public final class DevSetEvaluation {
    /** One row of the set. */
    public record Row(String id, String question, boolean answerable, String expect, List<String> sources, String category) {
    }

    /** How one row went. */
    public record Result(Row row, Answer answer, boolean correct, boolean cited) {
    }

    /** Totals, with the last line the issue defines. */
    public record Score(int answerable, int answerableCorrect, int unanswerable, int declined, int cited,
                        List<Result> results) {
        public String line() {
            int total = answerable + unanswerable;
            int overall = answerableCorrect + declined;
            return String.format(Locale.ROOT, "score: answerable %d/%d (%.1f%%) declined %d/%d (%.1f%%) cited %d/%d overall %d/%d (%.1f%%) wrong %d",
                    answerableCorrect, answerable, pct(answerableCorrect, answerable), declined, unanswerable,
                    pct(declined, unanswerable), cited, answerable, overall, total, pct(overall, total), wrong());
        }

        /** Rows answered but not right: the wrong fact, or an answer where the sources are silent. */
        public int wrong() {
            return (int) results.stream().filter(r -> r.answer().answered() && !r.correct()).count();
        }

        private static double pct(int a, int b) {
            return b == 0 ? 100.0 : 100.0 * a / b;
        }
    }

    public static List<Row> read(BufferedReader in) {
        try {
            List<Row> rows = new ArrayList<>();
            String header = in.readLine();
            if (header == null || !header.startsWith("id\tquestion")) {
                throw new IllegalArgumentException("not an evaluation set: the header must be 'id\tquestion\tanswerable\texpect\tsources\tcategory'");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), 6);
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i] == null ? "" : f[i];
                }
                List<String> sources = f[4].isBlank() ? List.of() : Arrays.stream(f[4].split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList();
                rows.add(new Row(f[0], f[1], f[2].strip().equalsIgnoreCase("yes"), f[3], sources, f[5]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation set", e);
        }
    }

    public static Score score(List<Row> rows, Function<String, Answer> answerer) {
        List<Result> results = new ArrayList<>();
        int n = 0, ok = 0, m = 0, declined = 0, cited = 0;
        for (Row r : rows) {
            Answer a = answerer.apply(r.question());
            boolean citedRight = a.citations().stream().anyMatch(c -> r.sources().contains(c.source()));
            boolean correct;
            if (r.answerable()) {
                n++;
                correct = a.answered() && matches(r.expect(), a.text()) && a.text().length() <= 700 && citedRight;
                ok += correct ? 1 : 0;
                cited += a.answered() && citedRight ? 1 : 0;
            } else {
                m++;
                correct = !a.answered();
                declined += correct ? 1 : 0;
            }
            results.add(new Result(r, a, correct, citedRight));
        }
        return new Score(n, ok, m, declined, cited, results);
    }

    static boolean matches(String expect, String text) {
        if (expect.isBlank()) {
            return true;
        }
        try {
            return Pattern.compile(expect, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text.replaceAll("\\s+", " ")).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    public static void print(Score s, PrintWriter out, boolean verbose) {
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Result r : s.results()) {
            int[] c = byCategory.computeIfAbsent(r.row().category().isEmpty() ? "-" : r.row().category(), k -> new int[2]);
            c[0] += r.correct() ? 1 : 0;
            c[1]++;
        }
        byCategory.forEach((k, v) -> out.printf(Locale.ROOT, "%-16s %d/%d%n", k, v[0], v[1]));
        if (verbose) {
            for (Result r : s.results()) {
                if (!r.correct()) {
                    out.printf(Locale.ROOT, "%nMISS %s [%s] %s%n  expected: %s %s%n  got (%s, %s %.2f): %s%n", r.row().id(),
                            r.row().category(), r.row().question(), r.row().answerable() ? "answer matching" : "a decline",
                            r.row().answerable() ? r.row().expect() + " citing " + r.row().sources() : "",
                            r.answer().answered() ? "answered" : "not answered", r.answer().interpretation().intent().code(),
                            r.answer().interpretation().confidence(), r.answer().text());
                    r.answer().citations().forEach(c -> out.printf(Locale.ROOT, "    [%d] %s: %s%n", c.n(), c.source(),
                            c.quote().length() > 160 ? c.quote().substring(0, 160) + "…" : c.quote()));
                }
            }
            out.println();
        }
        out.println(s.line());
    }
}
