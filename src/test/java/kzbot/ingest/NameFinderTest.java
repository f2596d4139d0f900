package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;

/** Runs of capitalised words as names, typed as an organisation's when they end as organisations' names do. */
class NameFinderTest {
    private static final NameFinder FINDER = new NameFinder(TestKzbot.language().lexicon());

    private static List<String> names(String sentence) {
        return FINDER.find(sentence, TestKzbot.language().linguistics().read(sentence)).stream()
                .map(v -> sentence.substring(v.start(), v.end()) + " | " + v.kind().code()).toList();
    }

    private static String role(String sentence, String person) {
        return FINDER.find(sentence, TestKzbot.language().linguistics().read(sentence)).stream()
                .filter(v -> sentence.substring(v.start(), v.end()).equals(person)).findFirst().orElseThrow().role();
    }

    @Test
    void aNameEndingInGroupOrAirportsIsAnOrganisation() {
        assertEquals(List.of("Steppe Copper Group | organisation", "Ekibastuz | name"),
                names("The deal came from Steppe Copper Group, which will build a smelter in Ekibastuz."));
        assertEquals(List.of("Altai Airports | organisation"), names("The terminal is run by Altai Airports under a lease."));
    }

    @Test
    void aFunctionWordOpeningASentenceIsNoName() {
        List<String> found = names("Among the contracts signed in Astana was a deal by Frigorifico Norte S.A., a meat packer.");
        assertTrue(found.stream().noneMatch(n -> n.startsWith("Among")), found.toString());
    }

    @Test
    void aNameWithARoleBesideItIsAPersons() {
        assertEquals(List.of("Nika Gelashvili | person", "Georgia | name", "Minister of Economy | name"),
                names("\"It is arithmetic,\" Nika Gelashvili, Georgia's Minister of Economy, told reporters."));
        assertEquals(List.of("Kazakhstan | name", "Egypt | name", "Daulet Abenov | person", "Zamalek | name"),
                names("We met Kazakhstan's ambassador to Egypt, Daulet Abenov, in his office on Zamalek island."));
    }

    @Test
    void aRoleAfterAndBelongsToTheNextPersonAndAPossessorMayBeACommonNoun() {
        String signed = "The deals were signed by Paraguay's Minister of Industry and Trade, Marisol Benitez, "
                + "and Kazakhstan's Minister of Energy, Daniyar Omarov.";
        assertEquals("Paraguay's Minister of Industry and Trade", role(signed, "Marisol Benitez"));
        assertEquals("Kazakhstan's Minister of Energy", role(signed, "Daniyar Omarov"));
        assertEquals("group's coordinator", role("\"We want tests first,\" said the group's coordinator, Noelia Villalba.", "Noelia Villalba"));
    }

    @Test
    void aTitleAfterTheCommaMakesAPersonWhateverWordNetKnowsOfTheNameAndRunsToTheSentencesEnd() {
        String s = "\"Goods travel well,\" said Marat Sadykov, Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the Kingdom of Thailand.";
        assertEquals("Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the Kingdom of Thailand", role(s, "Marat Sadykov"));
    }

    @Test
    void anHonorificIsNoNameAndTheRoleBeforeItIsThePersons() {
        String s = "The Ambassador of Kazakhstan to Nigeria, Mr. Nurlan Akhmetov, noted that ties were established in 1992.";
        assertEquals("Ambassador of Kazakhstan to Nigeria", FINDER.roleOf(TestKzbot.language().linguistics().read(s), s.indexOf("Nurlan"), s.indexOf("Nurlan") + "Nurlan Akhmetov".length()));
        assertTrue(names(s).stream().noneMatch(n -> n.startsWith("Mr ")), names(s)::toString);
    }


    /** Sentence, person, the role read before the name, and why. */
    private static final String[][] TITLED = {
        {"The talks were led by Deputy Minister of Energy and Mines Askar Zhumabekov and Mirador Holdings Chief Operating Officer "
                + "Rodrigo Salinas Ortega.", "Askar Zhumabekov", "Deputy Minister of Energy and Mines", "an \"of\" phrase in the title"},
        {"The talks were led by Deputy Minister of Energy and Mines Askar Zhumabekov and Mirador Holdings Chief Operating Officer "
                + "Rodrigo Salinas Ortega.", "Rodrigo Salinas Ortega", "Mirador Holdings Chief Operating Officer", "a second person after \"and\""},
        {"The commission is co-chaired by Undersecretary of Trade Carolina Reyes Pardo.", "Carolina Reyes Pardo", "Undersecretary of Trade",
            "a place's name may be a given name"},
        {"Talks were opened by Croatian Minister of Domestic and Foreign Trade Ivan Horvatinčić and the mayor.", "Ivan Horvatinčić",
            "Croatian Minister of Domestic and Foreign Trade", "the title's last person noun that leaves a name"},
        {"It was co-chaired by Croatian Minister of Economy Ivo Babić and Kazakhstan's Vice Minister of Trade and Integration Serik Nurlanov.",
            "Serik Nurlanov", "Kazakhstan's Vice Minister of Trade and Integration", "the possessor says whose the title is"},
        {"It was co-chaired by Trade Undersecretary Ana Cruz-Reyes Lim.", "Ana Cruz-Reyes Lim", "Trade Undersecretary", "a hyphen inside the name"},
    };

    @Test
    void aTitleInCapitalsBeforeANameMakesItAPersonsWithThatRole() {
        for (String[] row : TITLED) {
            assertEquals(row[2], role(row[0], row[1]), row[3]);
        }
        assertTrue(names("Talks with Kazakhstan's Deputy Prime Minister and the mayor followed.").stream().noneMatch(n -> n.endsWith("person")),
                "a title of English words is no name");
    }
}
