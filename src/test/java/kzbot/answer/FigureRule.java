package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule every answer keeps: each number, date and proper name it states stands verbatim in a quote (or its article's title). */
final class FigureRule {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    // a capitalised word that opens the answer, a sentence, a quote, or the lead of the next figure after a quote
    // ("… 2023.” [1] Roughly US$ 187 mln in 2019", or after a blank line) is no name
    private static final Pattern NAME = Pattern.compile("(?<![.!?:]\\s|^|\\[|\u201c|\u201d\\s{1,4}|\u2014\\s)\\b\\p{Lu}[\\p{L}-]+");

    private FigureRule() {
    }

    private static final Pattern ISO_MONTH = Pattern.compile("\\b\\d{4}-(\\d{2})\\b");

    /** "July" read out of a quoted metadata date "2024-07-15". */
    private static boolean monthOfAQuotedDate(String word, String quotes) {
        Matcher m = ISO_MONTH.matcher(quotes);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12
                    && java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).equals(word)) {
                return true;
            }
        }
        return false;
    }

    static List<String> violations(Answer a) {
        // a citation's article title stands in the citation too ("Meera Kulkarni wrote it — India and Kazakhstan Widen…")
        String quotes = String.join("\n", a.citations().stream().map(c -> c.quote() + "\n" + c.title()).toList());
        String text = a.text().replaceAll("\\[\\d+\\]", "");
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (!quotes.contains(m.group())) {
                out.add(m.group());
            }
        }
        m = NAME.matcher(text);
        while (m.find()) {
            if (!quotes.contains(m.group()) && !m.group().equals("Target") && !monthOfAQuotedDate(m.group(), quotes)) {
                out.add(m.group());
            }
        }
        return out;
    }
}
