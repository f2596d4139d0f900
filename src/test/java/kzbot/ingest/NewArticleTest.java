package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.domain.Corpus;
import kzbot.domain.Fact;
import kzbot.domain.FactKind;
import kzbot.domain.Topic;

/** An article about a partner the seeds never mention ingests with no code change. */
class NewArticleTest {
    static final String ARTICLE = """
            Kazakhstan and Azerbaijan Deepen Their Caspian Partnership

            Azerbaijan recognised Kazakhstan's independence in 1991, and the two countries established diplomatic relations in August 1992.
            In 2022, trade turnover between Kazakhstan and Azerbaijan reached $456 million, up 35% on the previous year.
            The two governments aim to raise trade to $1 billion.
            In March 2024, Kazakhstan and Azerbaijan signed an agreement on a green energy corridor across the Caspian Sea.
            President Ilham Aliyev visited Astana, where he met his Kazakh counterpart.
            More than 120,000 tonnes of cargo crossed the Caspian through the port of Baku.
            """;

    @TempDir
    Path dir;

    @Test
    void extractsPartnerFiguresAndYearsOfAnUnseenPartner() throws IOException {
        Files.writeString(dir.resolve("kz-azerbaijan.txt"), ARTICLE, StandardCharsets.UTF_8);
        Corpus c = SeedCorpus.ingester().ingest(dir);
        assertEquals("Azerbaijan", c.documents().get(0).partner());
        assertEquals("Kazakhstan and Azerbaijan Deepen Their Caspian Partnership", c.documents().get(0).title());
        List<Fact> f = c.facts();
        assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.MONEY && x.valueNum().getAsDouble() == 456e6
                && x.year().orElse(0) == 2022 && x.partner().equals("Azerbaijan") && x.topic() == Topic.TRADE), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.PERCENT && x.valueNum().getAsDouble() == 35));
        assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.DATE && x.valueText().equals("March 2024")
                && x.topic() == Topic.AGREEMENT && x.partner().equals("Azerbaijan")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.DATE && x.valueText().equals("August 1992")
                && x.topic() == Topic.ORIGIN));
        assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.PERSON && x.valueText().equals("Ilham Aliyev")
                && x.role().equals("President")));
        assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.QUANTITY && x.valueNum().getAsDouble() == 120_000
                && x.unit().equals("t")));
    }

    @Test
    void aFigureAVerbRaisesSomethingToMeasuresThatThing() throws IOException {
        Fact f = firstFact("At the October talks the presidents instructed their governments to lift annual trade to $500 million by 2030.", FactKind.MONEY);
        assertEquals("trade", f.frame().noun(), f::toString);
    }

    @Test
    void aPossessorIsNotTheSubject() throws IOException {
        Fact f = firstFact("The two countries' Intergovernmental Commission met in Hanoi on 14 March 2024.", FactKind.DATE);
        assertEquals("commission", f.frame().noun(), f::toString);
    }

    @Test
    void aListInsertedAfterASubjectDoesNotTakeItsPlace() throws IOException {
        Fact f = firstFact("Polish exports to Kazakhstan, mostly machinery, furniture and food, came to $820 million in 2023.", FactKind.MONEY);
        assertEquals("export", f.frame().noun(), f::toString);
    }

    /** The first fact of a kind in a one-sentence article about Kazakhstan and a partner. */
    private Fact firstFact(String sentence, FactKind kind) throws IOException {
        Files.writeString(dir.resolve("kz-partner.txt"), "Kazakhstan and its partner\n\n" + sentence + "\n", StandardCharsets.UTF_8);
        return SeedCorpus.ingester().ingest(dir).facts().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void takesTheTitleOfAPlainFileFromItsFirstLine() throws IOException {
        Files.writeString(dir.resolve("plain.txt"), "A short title\nKazakhstan and Chile met in 2020.\n", StandardCharsets.UTF_8);
        Corpus c = SeedCorpus.ingester().ingest(dir);
        assertEquals("A short title", c.documents().get(0).title());
        assertEquals("Chile", c.documents().get(0).partner());
    }

    @Test
    void countsOffsetsInCodePointsWhenTheTextHasEmoji() throws IOException {
        String text = "News \uD83D\uDE00 today\nKazakhstan and Peru signed 3 agreements in 2021.\n";
        Files.writeString(dir.resolve("emoji.txt"), text, StandardCharsets.UTF_8);
        Corpus c = SeedCorpus.ingester().ingest(dir);
        var s = c.sentences().get(1);
        assertEquals(s.text(), text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end())));
        assertEquals(text.indexOf("Kazakhstan") - 1, s.start());
    }
}
