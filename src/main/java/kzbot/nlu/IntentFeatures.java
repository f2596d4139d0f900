package kzbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kzbot.domain.Entity;
import kzbot.text.Tokens;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.util.Span;

/**
 * The words the intent classifier sees: the question's tokens in lower case, with named things
 * replaced by their type, so that "pakistan trade" and "azerbaijan trade" teach the same thing.
 */
final class IntentFeatures {
    /** Letters only, so that the tokenizer keeps each one whole. */
    private static final List<String> PLACEHOLDERS = List.of("entkz", "entplace", "entorg", "entperson", "entyear");

    private final QuestionTokenizer tokenizer;
    /** The placeholders' tokens, which are the same for every question. */
    private final Map<String, Span[]> placeholderChunks;

    IntentFeatures(QuestionTokenizer tokenizer) {
        this.tokenizer = tokenizer;
        Map<String, Span[]> fixed = new HashMap<>();
        for (String p : PLACEHOLDERS) {
            fixed.put(p, tokenizer.spans(p));
        }
        this.placeholderChunks = Map.copyOf(fixed);
    }

    String[] of(String question, List<Entity> entities) {
        return of(question, entities, new HashMap<>());
    }

    /** The features, tokenizing only the chunks that {@code known} (the question's own chunks) does not hold. */
    String[] of(String question, List<Entity> entities, Map<String, Span[]> known) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Entity e : entities) {
            if (e.type() == Entity.Type.TOPIC || e.start() < last) {
                continue;
            }
            sb.append(question, last, e.start()).append(' ').append(placeholder(e)).append(' ');
            last = e.end();
        }
        sb.append(question.substring(last));
        List<String> out = new ArrayList<>();
        PorterStemmer stemmer = new PorterStemmer();
        known.putAll(placeholderChunks);
        for (String t : tokenizer.tokens(sb.toString(), known)) {
            String f = Tokens.fold(t);
            if (f.startsWith("ent") && PLACEHOLDERS.contains(f)) {
                out.add(f);
            } else if (f.chars().anyMatch(Character::isLetterOrDigit) || f.equals("?")) {
                out.add(stemmer.stem(f));
            }
        }
        // the topic lexicon generalises beyond the words of the training questions
        entities.stream().filter(e -> e.type() == Entity.Type.TOPIC).map(e -> "enttopic" + e.value())
                .distinct().forEach(out::add);
        if (out.isEmpty()) {
            out.add("entempty");
        }
        return out.toArray(String[]::new);
    }

    private static String placeholder(Entity e) {
        return switch (e.type()) {
            case COUNTRY -> "Kazakhstan".equals(e.value()) ? "entkz" : "entplace";
            case ORGANISATION -> "entorg";
            case PERSON -> "entperson";
            case YEAR, DATE -> "entyear";
            case TOPIC -> e.text().toLowerCase(Locale.ROOT);
        };
    }
}
