package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.text.Gazetteer;

class OrganisationFinderTest {
    private static final OrganisationFinder FINDER = new OrganisationFinder(Gazetteer.load());

    private static List<String> names(String sentence) {
        return FINDER.find(sentence).stream().map(FoundValue::canonical).toList();
    }

    @Test
    void twoInstitutionsJoinedByAndAreTwoNames() {
        assertEquals(List.of("Sapienza University of Rome", "Satbayev University"),
                names("Sapienza University of Rome and Satbayev University in Almaty will open a joint faculty."));
    }

    @Test
    void aNameWithAndInsideItStaysOne() {
        assertEquals(List.of("Kazakh-Malaysian Trade and Investment Council"),
                names("The Kazakh-Malaysian Trade and Investment Council met on Monday."));
    }
}
