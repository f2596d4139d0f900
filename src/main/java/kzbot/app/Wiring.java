package kzbot.app;

import java.util.List;

import kzbot.nlu.Interpreter;
import kzbot.nlu.NluModels;
import kzbot.nlu.QuestionTokenizer;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

/** Builds the core objects once, from the paths given on the command line. */
final class Wiring {
    private Wiring() {
    }

    /** The store (read-only) and the models, checked at start so that a broken one stops kzbot here. */
    static kzbot.answer.Answerer answerer(Paths paths) {
        // the language starts loading before the database opens: each takes a tenth of a second or more
        Loading loading = Loading.start();
        return answerer(paths, kzbot.store.SqliteFactStore.open(paths.db()), loading);
    }

    /** The answerer over a store that the caller also uses (the HTTP API lists its sources and facts). */
    static kzbot.answer.Answerer answerer(Paths paths, kzbot.store.FactStore store) {
        // the tagger, lemmatizer and WordNet table load while the intent and name models do (two cores)
        return answerer(paths, store, Loading.start());
    }

    /**
     * What loads on threads of its own while the caller opens the database and reads the intent and
     * name models: the tagger, lemmatizer and WordNet table, and the OpenNLP tokenizer.
     */
    private record Loading(java.util.concurrent.CompletableFuture<kzbot.nlu.Language> language,
                           java.util.concurrent.CompletableFuture<QuestionTokenizer> tokenizer) {
        static Loading start() {
            return new Loading(java.util.concurrent.CompletableFuture.supplyAsync(kzbot.nlu.Language::english),
                    java.util.concurrent.CompletableFuture.supplyAsync(QuestionTokenizer::english));
        }
    }

    private static kzbot.answer.Answerer answerer(Paths paths, kzbot.store.FactStore store, Loading loading) {
        try {
            NluModels nlu = new NluModels(Gazetteer.load(), new TopicLexicon(), loading.tokenizer().join());
            Interpreter interpreter = nlu.interpreter(nlu.load(paths.models()), store.people());
            return new kzbot.answer.Answerer(store, interpreter, loading.language().join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The same answerer over another database, with the models of {@code paths}. */
    static kzbot.answer.Answerer answerer(Paths paths, java.nio.file.Path db) {
        return answerer(paths.withDb(db));
    }

    static Interpreter interpreter(Paths paths, List<String> knownPeople) {
        NluModels nlu = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
        return nlu.interpreter(nlu.load(paths.models()), knownPeople);
    }
}
