package kzbot.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kzbot.domain.Entity;
import kzbot.domain.Intent;

/** The labelled questions in {@code data/nlu}: intents.tsv and entities.txt (OpenNLP name-finder format). */
public record TrainingData(List<LabelledQuestion> intents, List<AnnotatedQuestion> entities) {
    public static final String INTENTS = "intents.tsv";
    public static final String ENTITIES = "entities.txt";
    private static final Pattern TAG = Pattern.compile("<START:(\\w+)> (.+?) <END>");

    /** A question with its intent. */
    public record LabelledQuestion(Intent intent, String question) {
    }

    /** A whitespace-tokenised question with its entity spans (character offsets into {@code text}). */
    public record AnnotatedQuestion(String line, String text, List<Gold> gold) {
    }

    /** One annotated entity. */
    public record Gold(Entity.Type type, int start, int end) {
    }

    public TrainingData {
        intents = List.copyOf(intents);
        entities = List.copyOf(entities);
    }

    public static TrainingData read(Path dir) {
        return new TrainingData(readIntents(dir.resolve(INTENTS)), readEntities(dir.resolve(ENTITIES)));
    }

    static List<LabelledQuestion> readIntents(Path file) {
        List<LabelledQuestion> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 2);
            Intent intent = f.length == 2 ? Intent.fromCode(f[0].strip()).orElse(null) : null;
            if (intent == null || f[1].isBlank()) {
                throw new NluException(NluException.Reason.CORRUPT, file + ":" + (i + 1)
                        + ": expected 'intent<TAB>question' with a known intent", null);
            }
            out.add(new LabelledQuestion(intent, f[1].strip()));
        }
        return out;
    }

    static List<AnnotatedQuestion> readEntities(Path file) {
        List<AnnotatedQuestion> out = new ArrayList<>();
        for (String line : lines(file)) {
            if (!line.isBlank()) {
                out.add(annotated(line.strip()));
            }
        }
        return out;
    }

    /** Strips the tags of one line, keeping the offsets of what they enclosed. */
    static AnnotatedQuestion annotated(String line) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(line);
        int last = 0;
        while (m.find()) {
            text.append(line, last, m.start());
            int s = text.length();
            text.append(m.group(2));
            gold.add(new Gold(type(m.group(1)), s, text.length()));
            last = m.end();
        }
        text.append(line.substring(last));
        return new AnnotatedQuestion(line, text.toString(), gold);
    }

    static Entity.Type type(String tag) {
        return switch (tag) {
            case "country" -> Entity.Type.COUNTRY;
            case "org" -> Entity.Type.ORGANISATION;
            case "person" -> Entity.Type.PERSON;
            default -> throw new NluException(NluException.Reason.CORRUPT, "unknown entity type " + tag, null);
        };
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NluException(NluException.Reason.MISSING, "cannot read training data " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
    }
}
