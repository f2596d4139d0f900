package kzbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kzbot.domain.Entity;
import kzbot.text.Tokens;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words the intent classifier sees: the question's tokens in lower case, with named things
 * replaced by their type, so that "pakistan trade" and "azerbaijan trade" teach the same thing.
 */
final class IntentFeatures {
    /** Letters only, so that the tokenizer keeps each one whole. */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("entkz", "entplace", "entorg", "entperson",
            "entyear");

    private final QuestionTokenizer tokenizer;

    IntentFeatures(QuestionTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    String[] of(String question, List<Entity> entities) {
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
        for (String t : tokenizer.tokens(sb.toString())) {
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
