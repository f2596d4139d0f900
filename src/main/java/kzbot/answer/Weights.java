package kzbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answerer's weights and thresholds, each named and explained in
 * {@code kzbot/answer/weights.properties}. Every key of the file is read here and every field must
 * be in the file, so neither can drift from the other.
 */
record Weights(double matchSame, double matchSynonym, double matchHypernym, double matchHyponym, double matchSibling, double matchTopic,
               double matchTitle, double matchPrevious, double matchAnaphor, double weightUnknownInCorpus, double weightUnknownWord, double weightLight,
               double weightVerb, double weightAdjective, double weightAdverb,
               double scoreCoverage, double scoreFact, double scorePartnerNamed, double scoreHeading, double scoreReference,
               double scoreShort, double acceptDescription, double acceptTyped, double acceptFactFit, double acceptNameLink,
               double answerRunnerUp, int answerMaxFigures) {
    private static final String RESOURCE = "/kzbot/answer/weights.properties";

    static Weights load() {
        Properties p = new Properties();
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Set<String> unread = new TreeSet<>(p.stringPropertyNames());
        Weights w = new Weights(get(p, "match.same", unread), get(p, "match.synonym", unread), get(p, "match.hypernym", unread),
                get(p, "match.hyponym", unread),
                get(p, "match.sibling", unread), get(p, "match.topic", unread), get(p, "match.title", unread),
                get(p, "match.previous", unread),
                get(p, "match.anaphor", unread), get(p, "weight.unknownInCorpus", unread), get(p, "weight.unknownWord", unread),
                get(p, "weight.light", unread), get(p, "weight.verb", unread), get(p, "weight.adjective", unread),
                get(p, "weight.adverb", unread),
                get(p, "score.coverage", unread), get(p, "score.fact", unread), get(p, "score.partnerNamed", unread),
                get(p, "score.heading", unread), get(p, "score.reference", unread), get(p, "score.short", unread),
                get(p, "accept.description", unread), get(p, "accept.typed", unread), get(p, "accept.factFit", unread),
                get(p, "accept.nameLink", unread), get(p, "answer.runnerUp", unread),
                (int) get(p, "answer.maxFigures", unread));
        if (!unread.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has weights nothing reads: " + unread);
        }
        return w;
    }

    private static double get(Properties p, String key, Set<String> unread) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        unread.remove(key);
        return Double.parseDouble(v.strip());
    }
}
