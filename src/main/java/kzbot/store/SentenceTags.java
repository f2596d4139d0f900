package kzbot.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /** "Pakistan=1;Central Asia=0" per sentence; the first tag of a partner wins, as INSERT OR IGNORE keeps it. */
    static Map<Long, String> partners(List<SentencePartner> tags) {
        Map<Long, Map<String, Boolean>> bySentence = new HashMap<>();
        for (SentencePartner p : tags) {
            bySentence.computeIfAbsent(p.sentenceId(), k -> new LinkedHashMap<>()).putIfAbsent(p.partner(), p.explicit());
        }
        Map<Long, String> out = new HashMap<>();
        bySentence.forEach((id, partners) -> out.put(id, String.join(";", partners.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + (e.getValue() ? 1 : 0)).toList())));
        return out;
    }

    /** "trade=0;energy=1" per sentence, strongest first; the first rank of a topic wins. */
    static Map<Long, String> topics(List<SentenceTopic> tags) {
        Map<Long, Map<Topic, Integer>> bySentence = new HashMap<>();
        for (SentenceTopic t : tags) {
            bySentence.computeIfAbsent(t.sentenceId(), k -> new LinkedHashMap<>()).putIfAbsent(t.topic(), t.rank());
        }
        Map<Long, String> out = new HashMap<>();
        bySentence.forEach((id, topics) -> out.put(id, String.join(";", topics.entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).map(e -> e.getKey().code() + "=" + e.getValue()).toList())));
        return out;
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
