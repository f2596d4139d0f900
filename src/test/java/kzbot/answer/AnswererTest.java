package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;

class AnswererTest {
    private final Answerer answerer = TestKzbot.seeds();

    /**
     * Each quote is the article's text at the citation's offsets, or for a metadata citation a value
     * of the article's metadata file; every figure of the answer stands in a quote. The article is
     * looked for among the seeds, dev2's articles and the blind sets'.
     */
    static void assertQuotesAreExact(Answer a) throws IOException {
        for (Citation c : a.citations()) {
            Path article = article(c.source());
            if (c.quotesText()) {
                String text = Files.readString(article, StandardCharsets.UTF_8);
                assertEquals(c.quote(), text.substring(text.offsetByCodePoints(0, c.start()), text.offsetByCodePoints(0, c.end())));
            } else {
                Path meta = article.resolveSibling(c.source() + ".meta.json");
                String json = Files.readString(meta, StandardCharsets.UTF_8);
                for (String part : c.quote().split("; ")) {
                    assertTrue(json.contains("\"" + part + "\""), c.field() + " " + part + " is not in " + meta);
                }
            }
        }
        assertEquals(java.util.List.of(), FigureRule.violations(a), a.text());
    }

    private static Path article(String source) throws IOException {
        java.util.List<Path> folders = new java.util.ArrayList<>(java.util.List.of(TestKzbot.SEEDS, TestKzbot.DEV2_SOURCES));
        TestKzbot.blindSets().forEach(d -> folders.add(d.resolve("sources")));
        for (Path f : folders) {
            Path p = f.resolve(source + ".txt");
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new AssertionError("no article " + source + " in " + folders);
    }

    @Test
    void answersTradeQuestionWithCitation() throws IOException {
        Answer a = answerer.answer("kz pakistan trade 2023");
        assertTrue(a.answered(), a.text());
        assertTrue(a.text().startsWith("$138 million in 2023"), a.text());
        assertEquals("kz-pakistan", a.citations().get(0).source());
        assertQuotesAreExact(a);
    }

    @Test
    void showsSeveralYearsOfOneFigureSideBySide() throws IOException {
        Answer a = answerer.answer("What was the trade between Kazakhstan and Pakistan?");
        assertTrue(a.text().contains("$28 million in 2018") && a.text().contains("$138 million in 2023"), a.text());
        assertEquals(2, a.citations().size());
        assertFalse(a.text().contains("$1 billion"), "a target is not a trade figure: " + a.text());
        assertQuotesAreExact(a);
    }

    @Test
    void answersEveryPartOfAMultiFactQuestion() throws IOException {
        Answer a = answerer.answer("Kazakhstan oil and gas reserves");
        assertTrue(a.text().contains("30 billion barrels") && a.text().contains("2 trillion cubic meters"), a.text());
        Answer years = answerer.answer("pakistan trade in 2018 and 2023");
        assertTrue(years.text().contains("$28 million") && years.text().contains("$138 million"), years.text());
        assertQuotesAreExact(a);
        assertQuotesAreExact(years);
    }

    @Test
    void leadsWithTheFigureOfTheClauseAskedAbout() throws IOException {
        // one sentence: "oil reserves … about 30 billion barrels, while natural gas reserves exceed 2 trillion cubic meters"
        Answer gas = answerer.answer("kazakhstan natural gas reserves");
        assertTrue(gas.text().startsWith("2 trillion cubic meters \u2014"), gas.text());
        Answer oil = answerer.answer("How large are Kazakhstan's oil reserves?");
        assertTrue(oil.text().startsWith("About 30 billion barrels \u2014"), oil.text());
        // "independence in December 1991 …, diplomatic relations … began in 1992"
        Answer relations = answerer.answer("When did Kazakhstan and Pakistan establish diplomatic relations?");
        assertTrue(relations.text().startsWith("1992 \u2014"), relations.text());
        // both parties of "between ISIS Malaysia and … the Kazakhstan Institute of Strategic Studies" stay
        Answer signed = answerer.answer("Who signed the agreement with Malaysia?");
        assertTrue(signed.text().startsWith("ISIS Malaysia; Kazakhstan Institute of Strategic Studies"), signed.text());
        for (Answer a : java.util.List.of(gas, oil, relations, signed)) {
            assertQuotesAreExact(a);
        }
    }

    @Test
    void declinesWhenSourcesAreSilentOnAYear() {
        Answer a = answerer.answer("What was Kazakhstan's trade with Pakistan in 2019?");
        assertInstanceOf(Answer.Declined.class, a, a.text());
        assertTrue(a.text().contains("2019"), a.text());
    }

    @Test
    void declinesAPartnerTheSourcesNeverMention() {
        Answer a = answerer.answer("What is the trade turnover between Kazakhstan and Germany?");
        assertFalse(a.answered(), a.text());
        assertTrue(a.text().contains("Germany"), a.text());
    }

    @Test
    void declinesOtherSubjects() {
        assertFalse(answerer.answer("what's the weather like in Paris tomorrow?").answered());
        assertFalse(answerer.answer("who won the champions league final").answered());
    }

    @Test
    void greetsAndHelpsWithoutAnswering() {
        Answer hi = answerer.answer("hello");
        assertInstanceOf(Answer.Chat.class, hi);
        assertFalse(hi.answered());
        Answer help = answerer.answer("what can you do?");
        assertInstanceOf(Answer.Chat.class, help);
    }

    @Test
    void refusesAQuestionOverTheLimitInsteadOfTruncatingIt() {
        Answer a = answerer.answer("trade ".repeat(Answerer.MAX_QUESTION_CHARS));
        assertFalse(a.answered());
        assertTrue(a.text().contains("too long"), a.text());
    }

    @Test
    void answersWhoSignedWithTheOtherParty() {
        Answer a = answerer.answer("Who signed the memorandum with ISIS Malaysia?");
        assertTrue(a.text().startsWith("Kazakhstan Institute of Strategic Studies"), a.text());
    }

    @Test
    void keepsAnswersShort() {
        for (String q : new String[] {"Tell me about Kazakhstan and Uzbekistan", "What security cooperation do Uzbekistan and Kazakhstan have?",
                "kazakhstan middle east culture"}) {
            Answer a = answerer.answer(q);
            assertTrue(a.text().length() <= 700, q + ": " + a.text().length());
        }
    }
}
