package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;

/** An article about a partner the seeds never mention is answerable as soon as it is ingested. */
class NewPartnerIT {
    static final String ARTICLE = """
            Kazakhstan and Azerbaijan Deepen Their Caspian Partnership

            Azerbaijan recognised Kazakhstan's independence in 1991, and the two countries established diplomatic relations in August 1992.
            In 2022, trade turnover between Kazakhstan and Azerbaijan reached $456 million, up 35% on the previous year.
            In March 2024, Kazakhstan and Azerbaijan signed an agreement on a green energy corridor across the Caspian Sea.
            President Ilham Aliyev visited Astana, where he met his Kazakh counterpart.
            More than 120,000 tonnes of cargo crossed the Caspian through the port of Baku.
            """;

    @TempDir
    static Path dir;
    static Answerer answerer;

    @BeforeAll
    static void ingest() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        for (String seed : new String[] {"kz-pakistan", "kz-malaysia-friendship"}) {
            Files.copy(TestKzbot.SEEDS.resolve(seed + ".txt"), sources.resolve(seed + ".txt"));
        }
        Files.writeString(sources.resolve("kz-azerbaijan.txt"), ARTICLE, StandardCharsets.UTF_8);
        answerer = TestKzbot.answerer(TestKzbot.database(sources));
    }

    private static Answer ask(String q) {
        return answerer.answer(q);
    }

    @Test
    void answersTheTradeFigureAndItsYear() {
        Answer a = ask("What was the trade turnover between Kazakhstan and Azerbaijan in 2022?");
        assertTrue(a.answered() && a.text().contains("$456 million"), a.text());
        assertTrue(a.citations().get(0).source().equals("kz-azerbaijan"));
    }

    @Test
    void answersTheAgreementDate() {
        Answer a = ask("When did Kazakhstan and Azerbaijan sign the green energy corridor agreement?");
        assertTrue(a.answered() && a.text().contains("March 2024"), a.text());
    }

    @Test
    void answersWhenRelationsBegan() {
        Answer a = ask("When did Kazakhstan and Azerbaijan establish diplomatic relations?");
        assertTrue(a.answered() && a.text().contains("1992"), a.text());
    }

    @Test
    void answersWhoVisitedAndTheCargo() {
        assertTrue(ask("Which Azerbaijani president visited Astana?").text().contains("Ilham Aliyev"));
        assertTrue(ask("how much cargo crossed the caspian from azerbaijan").text().contains("120,000 tonnes"));
    }

    @Test
    void declinesFiguresTheArticleDoesNotGive() {
        assertFalse(ask("What was Kazakhstan–Azerbaijan trade in 2019?").answered());
        assertFalse(ask("How much has Azerbaijan invested in Kazakhstan?").answered());
        assertFalse(ask("How many Azerbaijani students study in Kazakhstan?").answered());
    }
}
