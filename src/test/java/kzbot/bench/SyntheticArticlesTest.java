package kzbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.text.Gazetteer;

class SyntheticArticlesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final String PAKISTAN = """
            Kazakhstan and Pakistan
            In 2023 trade between Kazakhstan and Pakistan reached $138 million, up from 2,500 tonnes in 2018.
            Pakistani students study in Astana, and Kazakh delegations visit Islamabad.
            """;

    private final SyntheticArticles generator = new SyntheticArticles(GAZETTEER,
            List.of(SyntheticArticles.seed(GAZETTEER, "kz-pakistan", PAKISTAN)), 7);

    @Test
    void seedPartnerIsThePlaceNamedMost() {
        assertEquals("Pakistan", SyntheticArticles.seed(GAZETTEER, "x", PAKISTAN).partner());
    }

    @Test
    void rewritesTheArticleForAnotherCountryWithItsOwnNames() {
        SyntheticArticles.Article a = generator.generate(1).get(0);
        String target = a.rewrite().target();
        assertFalse(a.text().contains("Pakistan") || a.text().contains("Islamabad"), a.text());
        assertTrue(a.text().contains("Kazakhstan and " + target), a.text());
        assertTrue(a.id().startsWith("syn-00001-"), a.id());
        GAZETTEER.names(target).ifPresent(n -> n.capitals().stream().findFirst()
                .ifPresent(capital -> assertTrue(a.text().contains(capital), a.text())));
        int year = 2023 + a.rewrite().yearShift();
        assertTrue(a.text().contains("In " + year + " trade"), a.text());
        assertFalse(a.text().contains("$138 million"), "figures are changed: " + a.text());
    }

    @Test
    void sameSeedGivesSameArticles() {
        assertEquals(generator.generate(20), generator.generate(20));
        assertNotEquals(generator.generate(2).get(0).text(), generator.generate(2).get(1).text());
    }

    @Test
    void asksQuestionsAboutTheGeneratedPartners() {
        List<SyntheticArticles.Article> articles = generator.generate(3);
        List<String> asked = generator.questions(List.of("kz pakistan trade 2023", "hello"),
                articles.stream().map(SyntheticArticles.Article::rewrite).toList());
        SyntheticArticles.Rewrite first = articles.get(1).rewrite();
        assertEquals("kz " + first.target() + " trade " + (2023 + first.yearShift()), asked.get(0));
        assertEquals("hello", asked.get(1));
    }
}
