package kzbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule every answer keeps: each number, date and proper name it states stands verbatim in a quote. */
final class FigureRule {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern NAME = Pattern.compile("(?<![.!?:]\\s|^|\\[|\u201c|\u2014\\s)\\b\\p{Lu}[\\p{L}-]+");

    private FigureRule() {
    }

    static List<String> violations(Answer a) {
        String quotes = String.join("\n", a.citations().stream().map(Citation::quote).toList());
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
            if (!quotes.contains(m.group()) && !m.group().equals("Target")) {
                out.add(m.group());
            }
        }
        return out;
    }
}
