package kzbot.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kzbot.domain.Corpus.SentencePartner;
import kzbot.domain.Corpus.SentenceTopic;
import kzbot.domain.Topic;

/**
 * The partner and topic tags of a sentence written into its own row ({@code sentences.partners},
 * {@code sentences.topics}) and read back: the same lists, in the same order, as the rows of
 * {@code sentence_partners} (by name) and {@code sentence_topics} (by rank) give.
 */
final class SentenceTags {
    private SentenceTags() {
    }

    /** "Pakistan=1;Central Asia=0" from one sentence's tags; the first tag of a partner wins, as INSERT OR IGNORE keeps it. */
    static String partners(List<SentencePartner> tags) {
        Map<String, Boolean> partners = new LinkedHashMap<>();
        tags.forEach(p -> partners.putIfAbsent(p.partner(), p.explicit()));
        return String.join(";", partners.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + (e.getValue() ? 1 : 0)).toList());
    }

    /**
     * "p0pakistan p0centralasia": each partner as one full-text search word, letters and digits only.
     * The digit keeps the porter stemmer off it and keeps it from being an English word.
     */
    static String partnerKeys(List<SentencePartner> tags) {
        return String.join(" ", tags.stream().map(SentencePartner::partner).distinct().sorted().map(SentenceTags::key).toList());
    }

    /** The search word of one partner: "Türkiye" gives "p0turkiye", "Middle East" "p0middleeast". */
    static String key(String partner) {
        return "p0" + kzbot.text.Tokens.fold(partner).replaceAll("[^a-z0-9]", "");
    }

    /** "trade=0;energy=1" from one sentence's tags, strongest first; the first rank of a topic wins. */
    static String topics(List<SentenceTopic> tags) {
        Map<Topic, Integer> topics = new LinkedHashMap<>();
        tags.forEach(t -> topics.putIfAbsent(t.topic(), t.rank()));
        return String.join(";", topics.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey().code() + "=" + e.getValue()).toList());
    }

    /**
     * Hands out the tags of one sentence after another, for sentences asked for in increasing id
     * order: the whole corpus's tags are never regrouped in memory at once.
     */
    static final class Cursor<T> {
        private final List<T> sorted;
        private final java.util.function.ToLongFunction<T> sentenceId;
        private int next;

        Cursor(List<T> tags, java.util.function.ToLongFunction<T> sentenceId) {
            this.sorted = new ArrayList<>(tags);
            this.sorted.sort(Comparator.comparingLong(sentenceId));
            this.sentenceId = sentenceId;
        }

        List<T> of(long id) {
            while (next < sorted.size() && sentenceId.applyAsLong(sorted.get(next)) < id) {
                next++;
            }
            int from = next;
            while (next < sorted.size() && sentenceId.applyAsLong(sorted.get(next)) == id) {
                next++;
            }
            return sorted.subList(from, next);
        }
    }

    static List<SentencePartner> readPartners(long id, String column) {
        List<SentencePartner> out = new ArrayList<>();
        for (String item : items(column)) {
            int cut = item.lastIndexOf('=');
            out.add(new SentencePartner(id, item.substring(0, cut), item.endsWith("=1")));
        }
        return out;
    }

    static List<SentenceTopic> readTopics(long id, String column) {
        List<SentenceTopic> out = new ArrayList<>();
        for (String item : items(column)) {
            int cut = item.lastIndexOf('=');
            out.add(new SentenceTopic(id, Topic.fromCode(item.substring(0, cut)).orElse(Topic.GENERAL),
                    Integer.parseInt(item.substring(cut + 1))));
        }
        out.sort(Comparator.comparingInt(SentenceTopic::rank));
        return out;
    }

    private static String[] items(String column) {
        return column.isEmpty() ? new String[0] : column.split(";");
    }
}
