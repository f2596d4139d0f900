package kzbot.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.Topic;

/**
 * Words that signal each topic, as case-insensitive word-start patterns. Shared by ingest (to tag
 * sentences and facts) and by question understanding (topic words in a question).
 */
public final class TopicLexicon {
    /** One topic word found in a text. */
    public record Hit(Topic topic, int start, int end) {
    }

    private static final Map<Topic, String> WORDS = new EnumMap<>(Topic.class);

    static {
        WORDS.put(Topic.ORIGIN, "recogni[sz]\\w*|independen\\w*|diplomatic (relations|ties)|established diplomatic"
                + "|began|first (countries|country|to recogni\\w*)|embass\\w*|origins?|dissolution");
        WORDS.put(Topic.TRADE, "trad(e|es|ing)\\b|turnover|exports?\\b|exporting|imports?\\b|importing|commerce"
                + "|commercial|tariffs?|business\\w*|market\\w*|goods|free trade");
        WORDS.put(Topic.INVESTMENT, "invest\\w*|joint ventures?|capital\\b|fdi\\b|financ\\w*|funds?\\b");
        WORDS.put(Topic.AGREEMENT, "agreements?|memorand\\w*|mous?\\b|treat(y|ies)|sign(ed|ing|s)?\\b|accords?\\b"
                + "|documents?|roadmap|road map|draft resolution|protocols?|deals?\\b|ftas?\\b");
        WORDS.put(Topic.TRANSPORT, "transport\\w*|air corridor|corridors?|flights?|rail\\w*|roads?\\b|routes?"
                + "|ports?\\b|cargo|transit|logistic\\w*|connectivity|shipping|aviation|airlines?|highways?"
                + "|landlocked|links?\\b");
        WORDS.put(Topic.ENERGY, "energy|oil\\b|gas\\b|pipelines?|reserves?|uranium|renewabl\\w*|electric\\w*"
                + "|petroleum|barrels?|nuclear power|hydropower|solar|wind power");
        WORDS.put(Topic.SECURITY, "militar\\w*|securit\\w*|defen[cs]e|armed forces|exercises?|peacekeep\\w*"
                + "|terroris\\w*|anti-terror\\w*|extremis\\w*|separatis\\w*|intelligence|border\\w*|army"
                + "|troops|weapons?|crime");
        WORDS.put(Topic.MEDIATION, "mediat\\w*|negotiations?|peace process|peace talks|facilitat\\w*"
                + "|reconciliation|nuclear program\\w*|conflict|ceasefire|peace\\b|taliban|hostilities");
        WORDS.put(Topic.ORGANISATION, "organi[sz]ations?|member\\w*|observer\\w*|founding|candidac\\w*"
                + "|executive board|multilateral|united nations|council|forums?");
        WORDS.put(Topic.EDUCATION, "educat\\w*|students?|universit\\w*|academ\\w*|scholar\\w*|facult\\w*"
                + "|exchange programs?|schools?|research");
        WORDS.put(Topic.CULTURE, "cultur\\w*|heritage|religio\\w*|festivals?|arts?\\b|music|traditions?"
                + "|muslim|islam\\w*|silk road|spiritual|exhibitions?|concerts?|film|nomadic|ramadan|eid\\b");
        WORDS.put(Topic.TOURISM, "touris\\w*|travel\\w*|visitors?|hospitality|people-to-people");
        WORDS.put(Topic.TECHNOLOGY, "technolog\\w*|digital|e-commerce|cyber\\w*|innovat\\w*|smart cit\\w*"
                + "|scien\\w*|information technology|(?-i:IT)\\b|software|artificial intelligence");
        WORDS.put(Topic.AGRICULTURE, "agricultur\\w*|agri\\w*|crops?|irrigation|farm\\w*|food security"
                + "|drought-tolerant|livestock|grain|wheat|palm oil");
        WORDS.put(Topic.PEOPLE, "visit\\w*|president\\w*|prime minister|minister\\w*|delegation\\w*|leaders?"
                + "|counterpart|author|chairman|ambassador|officials?|parliamentarians|king|emir");
        WORDS.put(Topic.VALUES, "values?|democra\\w*|multi-ethnic|multicultural|rule of law|human rights"
                + "|reforms?|inclusiv\\w*|harmony|justice|transparency|accountability|ideals?|philosoph\\w*"
                + "|unity in diversity|rights of women|respect|tolerance|madani|multi-vector|pragmatic");
        WORDS.put(Topic.CHALLENGES, "challeng\\w*|obstacles?|problems?|difficult\\w*|risks?|concerns?"
                + "|skeptic\\w*|sceptic\\w*|critic\\w*|deficienc\\w*|lack\\w*|misunderstanding\\w*|barriers?"
                + "|erosion|uneven|tensions?|hinder\\w*");
        WORDS.put(Topic.ENVIRONMENT, "climat\\w*|floods?|flooding|environment\\w*|sustainab\\w*|green\\w*"
                + "|disasters?|catastroph\\w*|water\\b|nature-positive|conservation|monsoon|emissions?");
    }

    private final Map<Topic, Pattern> patterns = new LinkedHashMap<>();

    public TopicLexicon() {
        WORDS.forEach((t, words) -> patterns.put(t,
                Pattern.compile("(?<![\\p{L}\\d])(?:" + words + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    /** Every topic word in the text, in order of position. */
    public List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        patterns.forEach((topic, p) -> {
            Matcher m = p.matcher(text);
            while (m.find()) {
                hits.add(new Hit(topic, m.start(), m.end()));
            }
        });
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    /** Topics by number of hits, most first; ties keep the declaration order of {@link Topic}. */
    public List<Topic> rank(String text) {
        Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
        for (Hit h : find(text)) {
            counts.merge(h.topic(), 1, Integer::sum);
        }
        List<Topic> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return ranked;
    }
}
