package kzbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kzbot.domain.Place;
import kzbot.text.Gazetteer;
import kzbot.text.Token;
import kzbot.text.TopicLexicon;
import kzbot.text.Tokens;

/**
 * Trains, saves and loads the question-understanding models: {@code intent.bin} (document
 * categorizer), {@code names.bin} (name finder) and {@code words.txt} (ordinary words that are never
 * read as misspelt places).
 */
public final class NluModels {
    public static final String INTENT = "intent.bin";
    public static final String NAMES = "names.bin";
    public static final String WORDS = "words.txt";
    private static final String BUILT_IN_WORDS = "/kzbot/nlu/ordinary-words.txt";

    private final Gazetteer gazetteer;
    private final TopicLexicon lexicon;
    private final QuestionTokenizer tokenizer;

    public NluModels(Gazetteer gazetteer, TopicLexicon lexicon, QuestionTokenizer tokenizer) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.tokenizer = tokenizer;
    }

    /** Everything trained from the data, in memory. */
    public record Trained(OpenNlpIntentClassifier intents, OpenNlpNameFinder names, Set<String> words) {
    }

    public Trained train(TrainingData data) {
        Set<String> words = ordinaryWords(data);
        OpenNlpNameFinder names = OpenNlpNameFinder.train(data.entities().stream().map(TrainingData.AnnotatedQuestion::line)
                .toList());
        EntityRecognizer recognizer = recognizer(words, List.of(), Optional.of(names));
        return new Trained(trainIntents(data.intents(), recognizer), names, words);
    }

    OpenNlpIntentClassifier trainIntents(List<TrainingData.LabelledQuestion> questions, EntityRecognizer recognizer) {
        IntentFeatures features = new IntentFeatures(tokenizer);
        List<OpenNlpIntentClassifier.Sample> samples = new ArrayList<>();
        for (TrainingData.LabelledQuestion q : questions) {
            samples.add(new OpenNlpIntentClassifier.Sample(q.intent(), features.of(q.question(), recognizer.find(q.question()))));
        }
        return OpenNlpIntentClassifier.train(samples);
    }

    public EntityRecognizer recognizer(Set<String> words, List<String> knownPeople, Optional<OpenNlpNameFinder> names) {
        return new EntityRecognizer(gazetteer, lexicon, words, knownPeople, tokenizer, names);
    }

    public Interpreter interpreter(Trained t, List<String> knownPeople) {
        return new Interpreter(recognizer(t.words(), knownPeople, Optional.of(t.names())), tokenizer, t.intents());
    }

    /**
     * The built-in list plus every word of the labelled questions that is not itself a place name
     * or a misspelling of one ("kazakstan" in the data must stay recognisable).
     */
    Set<String> ordinaryWords(TrainingData data) {
        Set<String> builtIn = builtInWords();
        FuzzyPlaceMatcher bare = new FuzzyPlaceMatcher(gazetteer, builtIn);
        Set<String> words = new TreeSet<>(builtIn);
        for (TrainingData.LabelledQuestion q : data.intents()) {
            for (Token t : Tokens.of(q.question())) {
                String w = Tokens.fold(t.text());
                Optional<Place> exact = gazetteer.place(w);
                if (w.length() >= 5 && exact.isEmpty() && bare.match(w).isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    public static Set<String> builtInWords() {
        try (InputStream in = NluModels.class.getResourceAsStream(BUILT_IN_WORDS)) {
            return readWords(in);
        } catch (IOException e) {
            throw new NluException(NluException.Reason.IO, "cannot read " + BUILT_IN_WORDS, e);
        }
    }

    private static Set<String> readWords(InputStream in) throws IOException {
        Set<String> out = new TreeSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                out.add(Tokens.fold(w));
            }
        }
        return out;
    }

    /** Writes the three files, each through a temporary file and a rename. */
    public void save(Trained t, Path dir) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve(INTENT), t.intents()::save);
            write(dir.resolve(NAMES), t.names()::save);
            write(dir.resolve(WORDS), out -> out.write((String.join("\n", t.words()) + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new NluException(NluException.Reason.IO, "cannot write the models to " + dir + ": " + e.getMessage(), e);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path target, Writer w) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                w.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Loads the models from a folder; fails with a message that names the missing or corrupt file. */
    public Trained load(Path dir) {
        OpenNlpIntentClassifier intents = read(dir.resolve(INTENT), OpenNlpIntentClassifier::load);
        OpenNlpNameFinder names = read(dir.resolve(NAMES), OpenNlpNameFinder::load);
        Set<String> words = read(dir.resolve(WORDS), NluModels::readWords);
        return new Trained(intents, names, words);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(Path file, Reader<T> reader) {
        if (!Files.isRegularFile(file)) {
            throw new NluException(NluException.Reason.MISSING, "model file " + file
                    + " is missing (rebuild the models with: kzbot train)", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            throw new NluException(NluException.Reason.CORRUPT, "model file " + file
                    + " is corrupt (rebuild the models with: kzbot train)", e);
        }
    }
}
