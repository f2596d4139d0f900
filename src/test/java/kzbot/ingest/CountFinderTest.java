package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.domain.FactKind;

/** Counts read from tagged words: the number, its qualifier, and the noun phrase it counts, however long. */
class CountFinderTest {
    private static final CountFinder FINDER = new CountFinder(TestKzbot.language().lexicon());

    private static List<String> counts(String sentence) {
        return FINDER.find(sentence, TestKzbot.language().linguistics().read(sentence), List.of()).stream()
                .peek(v -> assertEquals(FactKind.COUNT, v.kind()))
                .map(v -> sentence.substring(v.start(), v.end()) + " | " + v.unit() + " | " + v.qualifier()).toList();
    }

    @Test
    void readsTheNounPhraseACountCounts() {
        assertEquals(List.of("more than 36 memorandums | memorandum | more than"),
                counts("There are more than 36 memorandums of understanding."));
        assertEquals(List.of("More than 4,300 Turkish-funded companies | company | more than"),
                counts("More than 4,300 Turkish-funded companies were operating in Kazakhstan in late 2023."));
        assertEquals(List.of("some 3,500 Kazakh-Kyrgyz joint ventures | venture | about"),
                counts("While some 3,500 Kazakh-Kyrgyz joint ventures operate in Kazakhstan."));
        assertEquals(List.of("93 flights | flight | "), counts("By September 2023 there were 93 flights a week."));
    }

    @Test
    void readsAdjectivesJoinedByAnd() {
        assertEquals(List.of("14 intergovernmental and commercial documents | document | "),
                counts("The two countries signed 14 intergovernmental and commercial documents on Thursday."));
    }

    @Test
    void readsNumbersWrittenAsWords() {
        List<String> c = counts("The floods displaced over a hundred thousand people.");
        assertEquals(List.of("over a hundred thousand people | people | more than"), c);
    }

    @Test
    void leavesYearsOrdinalsAndNamesWithNumbersAlone() {
        assertEquals(List.of(), counts("Astana hosted the organisation's 10th summit in 2023."));
        assertEquals(List.of(), counts("They signed a roadmap for the Kambarata-1 hydropower plant."));
        assertEquals(List.of(), counts("In 1997 the capital moved to Astana."));
    }

    @Test
    void aSmallNumberTheSentenceCallsTheNumberOfThingsIsACount() {
        assertEquals(List.of("14 |  | "), counts("The new route will bring the number of weekly flights between the two capitals to 14 a week."));
        assertEquals(List.of(), counts("The train will run at 14 a week."));
    }

    @Test
    void aNumberInWordsCountsButTheTwoCountriesAlreadyNamedDoNot() {
        assertEquals(List.of("Fourteen commercial agreements | agreement | "),
                counts("Fourteen commercial agreements and memoranda worth a combined $310 million were signed."));
        assertEquals(List.of(), counts("The two countries established diplomatic relations in 1992."));
        assertEquals(List.of(), counts("The train takes days against five weeks or more by sea."));
    }

    @Test
    void aNumberWordInAnEnglishCompoundIsNoCountAndAHyphenedCountCountsItsNoun() {
        assertEquals(List.of(), counts("Two-way trade reached C$410 million in 2023."));
        assertEquals(List.of("22-company | company | "), counts("They came with a 22-company trade mission."));
    }

    @Test
    void nounsThatModifyJoinedByAndLeadToThePluralCounted() {
        assertEquals(List.of("Some 30 drilling and exploration services firms | firm | about"),
                counts("Some 30 drilling and exploration services firms from Canada work in Kazakhstan."));
    }

    @Test
    void aKeyNumbersLinePutsADashBetweenTheFigureAndWhatItCounts() {
        assertEquals(List.of("9 \u2013 agreements | agreement | "), counts("Key numbers: 9 \u2013 agreements signed in Riga; 240 \u2013 planned jobs."
        ).subList(0, 1));
    }
}
