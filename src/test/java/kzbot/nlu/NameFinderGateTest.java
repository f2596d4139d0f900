package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kzbot.domain.Entity;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

/** When the trained name finder runs, with the committed models. */
class NameFinderGateTest {
    private static final NluModels NLU = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
    private static final NluModels.Trained MODELS = NLU.load(Path.of("models"));
    private static final EntityRecognizer R = NLU.recognizer(MODELS.words(), List.of(), Optional.of(MODELS.names()));

    @Test
    void namesAPersonNoDictionaryKnows() {
        assertEquals(List.of("Tokayev"), R.find("Did Tokayev offer to host peace talks?").stream()
                .filter(e -> e.type() == Entity.Type.PERSON).map(Entity::value).toList());
    }

    @Test
    void aQuestionInCapitalsGetsNoGuessedNames() {
        for (String q : List.of("WHAT IS KAZAKHSTAN'S STATUS IN THE SHANGHAI COOPERATION ORGANISATION?",
                "ON WHAT DATE DOES MIRZIYOYEV ARRIVE IN KAZAKHSTAN?", "HI! HOW ARE YOU TODAY?")) {
            List<Entity> found = R.find(q);
            assertTrue(found.stream().noneMatch(e -> List.of("WHAT", "ON", "HI").contains(e.text())), q + ": " + found);
        }
        // the dictionaries still read it
        assertTrue(R.find("WHAT IS THE TRADE BETWEEN KAZAKHSTAN AND PAKISTAN?").stream()
                .anyMatch(e -> e.type() == Entity.Type.COUNTRY && e.value().equals("Pakistan")));
    }
}
