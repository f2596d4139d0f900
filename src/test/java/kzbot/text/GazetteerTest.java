package kzbot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.domain.Place;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.load();

    private static List<String> places(String text) {
        return G.findPlaces(text).stream().map(m -> m.value().name()).toList();
    }

    @Test
    void resolvesAliasesDemonymsAndCapitals() {
        assertEquals(List.of("Türkiye", "Türkiye", "Türkiye", "Türkiye", "Türkiye"),
                places("Turkey, Turkiye, Türkiye, the Turkish side and Ankara"));
        assertEquals(List.of("Pakistan", "Uzbekistan", "Qatar", "Saudi Arabia", "Saudi Arabia"),
                places("Pakistani ports, Tashkent, a Qatari fund, Saudi investors, KSA"));
        assertEquals(List.of("Middle East", "Central Asia"), places("Middle Eastern countries and Central Asia"));
    }

    @Test
    void findsNoCountryInsideOrdinaryWords() {
        assertEquals(List.of(), places("the organisation told us that it was urgent"));
        assertEquals(List.of("Iran"), places("Iranian officials"));
        assertEquals(List.of("United States"), places("the US and us"));
    }

    @Test
    void prefersTheLongestName() {
        assertEquals(List.of("Papua New Guinea"), places("Papua New Guinea"));
    }

    @Test
    void knowsKazakhstanIsTheSubject() {
        Place kz = G.place("Kazakh").orElseThrow();
        assertTrue(kz.isSubject());
        assertEquals("Kazakhstan", G.place("Astana").orElseThrow().name());
        assertTrue(G.places().size() >= 195);
    }

    @Test
    void findsOrganisationsByAbbreviationAndFullName() {
        assertEquals(List.of("Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation"),
                G.findOrganisations("the SCO, or Shanghai Cooperation Organization").stream().map(Mention::value).toList());
    }

    @Test
    void aCurrencyNamedForACountryIsNoMentionOfIt() {
        assertEquals(List.of(), G.findPlacesOutsideNames("An estimated US$148 million worth of goods moved in 2023.").stream()
                .map(m -> m.value().name()).toList());
        assertEquals(List.of(), G.findPlacesOutsideNames("Trade reached 68.4 million US dollars in 2023.").stream()
                .map(m -> m.value().name()).toList());
        assertEquals(List.of("United States"), G.findPlacesOutsideNames("Exports to the US rose.").stream()
                .map(m -> m.value().name()).toList());
    }
}
