package kzbot.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kzbot.domain.Entity;
import kzbot.text.Gazetteer;
import kzbot.text.TopicLexicon;

class EntityRecognizerTest {
    private static final NluModels NLU = new NluModels(Gazetteer.load(), new TopicLexicon(), QuestionTokenizer.english());
    private static final EntityRecognizer R = NLU.recognizer(NluModels.builtInWords(), List.of("Shavkat Mirziyoyev"),
            Optional.empty());

    private static List<String> values(String q, Entity.Type type) {
        return R.find(q).stream().filter(e -> e.type() == type).map(Entity::value).toList();
    }

    @Test
    void readsMisspeltCountries() {
        assertEquals(List.of("Malaysia", "Kazakhstan"), values("when did malasia recognise kazakstan?", Entity.Type.COUNTRY));
        assertEquals(List.of("Pakistan", "Uzbekistan"), values("pakistn and uzbekstan", Entity.Type.COUNTRY));
        assertEquals(List.of("Türkiye"), values("turkiye fta", Entity.Type.COUNTRY));
    }

    @Test
    void keepsTheTypedTextBesideTheCanonicalValue() {
        Entity e = R.find("What did the Uzbek president say?").get(0);
        assertEquals("Uzbekistan", e.value());
        assertEquals("Uzbek", e.text());
    }

    @Test
    void findsNoCountryInOrdinaryWords() {
        assertEquals(List.of(), values("what does the organisation do for us? let us begin", Entity.Type.COUNTRY));
        assertEquals(List.of("Iran"), values("Iranian officials", Entity.Type.COUNTRY));
        assertEquals(List.of(), values("Imran Qureshi spoke", Entity.Type.COUNTRY));
    }

    @Test
    void doesNotTakeAPlaceInsideAnInstitutionsName() {
        assertEquals(List.of("Institute of Strategic and International Studies Malaysia"),
                values("ISIS Malaysia signed it", Entity.Type.ORGANISATION));
        assertEquals(List.of(), values("ISIS Malaysia signed it", Entity.Type.COUNTRY));
        assertEquals(List.of(), values("the Astana Times reported", Entity.Type.COUNTRY));
    }

    @Test
    void readsAnotherCountrysCodeBesideKazakhstansButNotAnEnglishWord() {
        assertEquals(List.of("Kazakhstan", "Philippines"), values("kz ph trade 2023", Entity.Type.COUNTRY));
        assertEquals(List.of("Kazakhstan", "Poland"), values("the kz-pl forum", Entity.Type.COUNTRY));
        assertEquals(List.of("Singapore", "Kazakhstan"), values("sg/kz flights", Entity.Type.COUNTRY));
        assertEquals(List.of("Kazakhstan"), values("trade kz in 2023", Entity.Type.COUNTRY));
        assertEquals(List.of(), values("ph of the soil", Entity.Type.COUNTRY));
    }

    @Test
    void readsOrganisationsInLowerCase() {
        assertEquals(List.of("Shanghai Cooperation Organisation", "Organisation of Islamic Cooperation"),
                values("kazakhstan sco and oic membership", Entity.Type.ORGANISATION));
    }

    @Test
    void readsYearsAndDatesButNotRelativeTime() {
        assertEquals(List.of("2023"), values("kz pakistan trade 2023", Entity.Type.YEAR));
        assertEquals(List.of("2023-07"), values("what happened in july 2023", Entity.Type.DATE));
        assertTrue(values("trade last year", Entity.Type.YEAR).isEmpty());
        assertTrue(values("$2023 million", Entity.Type.YEAR).isEmpty());
    }

    @Test
    void knowsThePeopleTheSourcesName() {
        assertEquals(List.of("Shavkat Mirziyoyev"), values("why did Mirziyoyev visit?", Entity.Type.PERSON));
    }
}
