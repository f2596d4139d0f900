package kzbot.answer;

import static kzbot.answer.Asking.answers;
import static kzbot.answer.Asking.declines;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;

/**
 * How press statements and interviews are written, over an article written for this test beside the
 * seeds (which carry no dates, so it is the newest): a dateline a day after the signing it reports, a
 * share "of the total" after a figure compared with the year before, a half-year compared with "the same
 * period", a count of contracts among the documents, a carrier named by its trade, a spokesperson's
 * enquiries line, an interview's answer that goes on from the question put before it, a firm called "the
 * firm" after its name, and a figure of an earlier year a premise names.
 */
class PressShapesTest {
    @TempDir
    static Path sources;
    private static Answerer answerer;

    @BeforeAll
    static void article() throws IOException {
        Files.writeString(sources.resolve("kz-korea-test.txt"), """
                Seoul, 19 September 2024 – South Korea and the Republic of Kazakhstan have signed six agreements on mining, farming and transport.

                The agreements were signed on Wednesday, 18 September 2024, at the close of the first session of the joint commission in Seoul.

                Bilateral trade reached US$41.2 million in 2023, up 12.0% from US$36.8 million in 2022. Korean exports accounted for US$29.5 million of the total, while imports from Kazakhstan stood at US$11.7 million. The figure is more than double the US$19.0 million recorded in 2019.

                The largest deal was signed by Busan-based logistics operator Hanbit Marine Lines Co. and Kazakhstan's national railway company Kazakhstan Temir Zholy (KTZ). Under the agreement, the firm will invest US$25 million in a new grain terminal at the Port of Aktau.

                In the first half of 2024, trade amounted to US$23.4 million, compared with US$19.9 million in the same period of 2023.

                The documents include a cooperation programme for 2025-2027 and four commercial contracts.

                The two governments set a target of US$100 million in annual trade by 2030.

                Korea imported nearly 80,000 tonnes of Kazakh wheat in 2023. On 2 October the first grain containers left Busan on a new service to Aktau.

                Kazakh carrier Steppe Wings plans to open a Seoul–Astana route in 2025.

                Enquiries: Ms Kim Soo-ah, Ministerial Spokesperson

                KZN: Which projects did the delegation discuss in Ulsan?

                Amb. Bekov: The delegation led by Minister of Industry Park Ji-hoon toured the copper smelter and agreed on a training programme.
                """, StandardCharsets.UTF_8);
        Files.writeString(sources.resolve("kz-korea-test.meta.json"), "{\"title\": \"Korea and Kazakhstan sign six agreements\", "
                + "\"authors\": [\"Test Writer\"], \"publisher\": \"Test Ministry\", \"published\": \"2024-09-19\"}", StandardCharsets.UTF_8);
        answerer = TestKzbot.answererWith(sources);
    }

    @Test
    void thisArticleIsTheNewestAndSaysSo() {
        answers(answerer, "who wrote this article", "Test Writer wrote it");
        answers(answerer, "who wrote this article", "the newest of my");
        answers(answerer, "who issued this media statement", "Test Ministry");
    }

    @Test
    void theEventsOwnDateAnswersBeforeTheDateline() {
        answers(answerer, "when were the korea kazakhstan agreements signed", "18 September 2024");
    }

    @Test
    void aShareOfTheTotalIsOfTheTotalsYearNotOfItsBase() {
        answers(answerer, "what were korean exports to kazakhstan in 2023", "US$29.5 million");
        declines(answerer, "what were korean exports to kazakhstan in 2022");
    }

    @Test
    void twoYearsComparedAreEachFullYears() {
        Answer a = answerer.answer("how does kz korea trade in 2023 compare with 2022");
        assertTrue(a.answered() && a.text().contains("US$41.2 million") && !a.text().contains("US$19.9"), a.text());
    }

    @Test
    void aCountOfOtherThingsIsNoTradeFigure() {
        declines(answerer, "korea kz trade 2025");
    }

    @Test
    void aCodeNoArticleIsAboutStandsForThePartnerWithThoseInitials() {
        // SK is Slovakia's code; the articles are about South Korea
        answers(answerer, "kz sk trade 2023", "US$41.2 million");
    }

    @Test
    void aSpokespersonIsNoAmbassadorNorACarrierAPerson() {
        declines(answerer, "who is koreas ambassador to kazakhstan");
        declines(answerer, "who is the head of KTZ");
    }

    @Test
    void anInterviewsAnswerGoesOnFromItsQuestion() {
        answers(answerer, "who led the korean delegation to ulsan", "Park Ji-hoon");
    }

    @Test
    void theFirmOfTheSentenceBeforeIsTheOneAsked() {
        answers(answerer, "which firm is building the new grain terminal at aktau port", "Hanbit Marine Lines");
    }

    @Test
    void aPremiseThatStatesAFigureIsAnsweredWithThatFiguresYear() {
        answers(answerer, "the US$19.0 million trade figure was from 2021, right?", "No: US$19.0 million in 2019");
    }

    @Test
    void howManyTonnesAsksAQuantity() {
        answers(answerer, "how many tonnes of kazakh wheat did korea import in 2023", "80,000 tonnes");
    }

    @Test
    void aWhichOrAPriceIsNotAnsweredByAPassageThatNamesNeither() {
        declines(answerer, "which shipping line operates the new service to aktau");
        declines(answerer, "what does it cost to ship one grain container to aktau");
    }

    @Test
    void aFigureAskedOfNoPartnerIsGivenForEachArticleThatHasOne() {
        answers(answerer, "whats the bilateral trade target", "US$100 million");
    }

    @Test
    void exactlyAsksTheDay() {
        declines(answerer, "when exactly does the seoul astana route open");
    }
}
