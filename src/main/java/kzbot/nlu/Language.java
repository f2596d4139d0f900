package kzbot.nlu;

import kzbot.text.Gazetteer;
import kzbot.text.Lexicon;
import kzbot.text.TopicLexicon;

/**
 * The English kzbot reads with, loaded once and shared by ingest and the answerer: the tagger and
 * lemmatizer, WordNet's relations, the gazetteer and the topic lexicon.
 */
public record Language(Linguistics linguistics, Lexicon lexicon, Gazetteer gazetteer, TopicLexicon topics) {
    private static volatile Language shared;

    /**
     * English, loaded once per process and shared: ingest and every answerer read with the same
     * models and table (each copy holds some 60 MB of heap, and a small heap cannot hold two).
     */
    public static Language english() {
        Language l = shared;
        if (l == null) {
            synchronized (Language.class) {
                l = shared;
                if (l == null) {
                    l = load();
                    shared = l;
                }
            }
        }
        return l;
    }

    /** Loads the pieces on two threads: the WordNet table and the OpenNLP models take about as long each. */
    private static Language load() {
        java.util.concurrent.CompletableFuture<Lexicon> lexicon = java.util.concurrent.CompletableFuture.supplyAsync(Lexicon::load);
        Linguistics.Models models = Linguistics.models();
        Lexicon l = lexicon.join();
        return new Language(Linguistics.english(models, l), l, Gazetteer.load(), new TopicLexicon());
    }
}
