package kzbot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kzbot.domain.FactKind;

class ValueFinderTest {
    private final ValueFinder finder = new ValueFinder();

    private FoundValue only(String s, FactKind kind) {
        List<FoundValue> found = finder.find(s).stream().filter(v -> v.kind() == kind).toList();
        assertEquals(1, found.size(), () -> kind + " in " + s + ": " + finder.find(s));
        return found.get(0);
    }

    @Test
    void normalisesMoneyWithScale() {
        String s = "In 2023 trade reached $138 million.";
        FoundValue v = only(s, FactKind.MONEY);
        assertEquals("$138 million", s.substring(v.start(), v.end()));
        assertEquals(138_000_000d, v.number().getAsDouble());
        assertEquals("USD", v.unit());
        assertEquals(2023, v.year().getAsInt());
    }

    @Test
    void aFigureOfAYearEarlierHasTheYearBefore() {
        String s = "Exports of grain rose to $12.1 mln in 2021, up 8% from $11.2 mln a year earlier.";
        List<FoundValue> money = finder.find(s).stream().filter(v -> v.kind() == FactKind.MONEY).toList();
        assertEquals(2021, money.get(0).year().getAsInt());
        assertEquals(2020, money.get(1).year().getAsInt());
        String t = "Freight reached 4.2 million tonnes in 2019 against 3.9 million tonnes in the previous year.";
        assertEquals(2018, finder.find(t).stream().filter(v -> v.kind() == FactKind.QUANTITY).toList().get(1).year().getAsInt());
    }

    @Test
    void theBaseOfAChangeInTheSamePeriodOfAYearIsAComparison() {
        String s = "Trade reached US$ 38.6 mln in January-September, up 27.4 pct from US$ 30.3 mln in the same period of 2023.";
        FoundValue year = finder.find(s).stream().filter(v -> v.kind() == FactKind.YEAR).findFirst().orElseThrow();
        assertEquals("reference", year.qualifier());
        String t = "Trade reached EUR 412.6 mln in 2023, up 18.4 pct from US$ 348.5 mln in 2022.";
        assertEquals("reference", finder.find(t).stream().filter(v -> v.kind() == FactKind.YEAR && v.year().getAsInt() == 2022)
                .findFirst().orElseThrow().qualifier());
    }

    @Test
    void aYearInTheNextClauseWithoutAFigureDatesThatClause() {
        String s = "The partners put the investment at about US$ 42 mln, and output is expected to begin in 2026.";
        assertTrue(finder.find(s).stream().filter(v -> v.kind() == FactKind.MONEY).findFirst().orElseThrow().year().isEmpty());
        String t = "Exports came to $40 mln, and imports to $25 mln in 2023.";
        assertEquals(2023, finder.find(t).stream().filter(v -> v.kind() == FactKind.MONEY).toList().get(0).year().getAsInt());
    }

    @Test
    void readsCurrencyWordsAndOtherSymbols() {
        assertEquals(2.5e9, only("Investment of 2.5 billion euros was agreed.", FactKind.MONEY).number().getAsDouble());
        assertEquals("EUR", only("Investment of 2.5 billion euros was agreed.", FactKind.MONEY).unit());
        assertEquals("USD", only("Deals worth US$ 1.2 bn were signed.", FactKind.MONEY).unit());
    }

    @Test
    void prefersTheStatedYearOverTheYearOfComparison() {
        String s = "According to 2018 statistics, trade reached $28 million, an increase of 12% compared to 2016.";
        assertEquals(2018, only(s, FactKind.MONEY).year().getAsInt());
        FoundValue pct = only(s, FactKind.PERCENT);
        assertEquals(12d, pct.number().getAsDouble());
        assertTrue(finder.find(s).stream().anyMatch(v -> v.kind() == FactKind.YEAR && "reference".equals(v.qualifier())));
    }

    @Test
    void readsQuantitiesWithUnitsAndQualifiers() {
        String s = "Oil reserves are about 30 billion barrels, while gas reserves exceed 2 trillion cubic meters.";
        List<FoundValue> q = finder.find(s).stream().filter(v -> v.kind() == FactKind.QUANTITY).toList();
        assertEquals(2, q.size());
        assertEquals("about 30 billion barrels", s.substring(q.get(0).start(), q.get(0).end()));
        assertEquals(3e10, q.get(0).number().getAsDouble());
        assertEquals("2 trillion cubic meters", s.substring(q.get(1).start(), q.get(1).end()));
        assertEquals("m3", q.get(1).unit());
        assertEquals("more than", q.get(1).qualifier());
    }

    @Test
    void readsEnergyInWattHours() {
        FoundValue v = only("Tajikistan will supply up to 1.5 billion kilowatt-hours of electricity.", FactKind.QUANTITY);
        assertEquals("kWh", v.unit());
        assertEquals(1.5e9, v.number().getAsDouble());
    }

    @Test
    void aYearAfterThanOrTheSamePeriodOfIsAComparison() {
        String s = "In January-September 2024, trade turnover stood at $412.6 million, up 18% on the same period of 2023.";
        assertEquals(2024, only(s, FactKind.PERCENT).year().getAsInt());
        assertTrue(finder.find(s).stream().anyMatch(v -> v.kind() == FactKind.YEAR && v.year().getAsInt() == 2023
                && "reference".equals(v.qualifier())));
        assertTrue(finder.find("This was 12.3% more than in 2022.").stream()
                .anyMatch(v -> v.kind() == FactKind.YEAR && "reference".equals(v.qualifier())));
        assertTrue(finder.find("Trade reached $947.3 million in 2023, up 14.6% on 2022.").stream()
                .anyMatch(v -> v.kind() == FactKind.YEAR && v.year().getAsInt() == 2022 && "reference".equals(v.qualifier())));
    }

    @Test
    void readsMonthYearDatesAsOneValue() {
        String s = "In July 2023, a direct air corridor was established.";
        FoundValue d = only(s, FactKind.DATE);
        assertEquals("July 2023", s.substring(d.start(), d.end()));
        assertEquals(2023, d.year().getAsInt());
        assertTrue(finder.find(s).stream().noneMatch(v -> v.kind() == FactKind.YEAR));
    }

    @Test
    void doesNotTakeSmallWordNumbersOrYearsForCounts() {
        assertTrue(finder.find("The two countries met in 2019 talks.").stream().noneMatch(v -> v.kind() == FactKind.COUNT));
    }

    @Test
    void readsWireAbbreviationsAndUnitsWrittenAsModifiers() {
        assertEquals("%", only("Crude accounts for about 90 pct of shipments.", FactKind.PERCENT).unit());
        String s = "They will build a 250-megawatt wind farm and a 272-kilometre railway.";
        List<FoundValue> q = finder.find(s).stream().filter(v -> v.kind() == FactKind.QUANTITY).toList();
        assertEquals(List.of("MW", "km"), q.stream().map(FoundValue::unit).toList());
        assertEquals(250d, q.get(0).number().getAsDouble());
    }

    @Test
    void readsEveryCurrencyByNameOrCodeBeforeTheFigure() {
        FoundValue lari = only("Kazakh companies invested about 1.1 billion lari in Georgia.", FactKind.MONEY);
        assertEquals("GEL", lari.unit());
        assertEquals(1.1e9, lari.number().getAsDouble(), 1);
        FoundValue huf = only("The fund has committed HUF 15 billion to irrigation.", FactKind.MONEY);
        assertEquals("HUF", huf.unit());
        assertEquals(15e9, huf.number().getAsDouble(), 1);
        assertTrue(finder.find("We need ALL 15 members and TOP 5 firms.").stream().noneMatch(v -> v.kind() == FactKind.MONEY));
    }

    @Test
    void aProjectOrAPlantIsNotATarget() {
        assertEquals("", only("The project is estimated to cost 300 mln euros.", FactKind.MONEY).qualifier());
        assertEquals("", only("The plant processed 2 million tonnes last year.", FactKind.QUANTITY).qualifier());
        assertEquals("target", only("The governments aim to lift trade to $20 bln by 2027.", FactKind.MONEY).qualifier());
    }

    @Test
    void aYearGivenAsADeadlineIsPlanned() {
        String s = "The railways signed a memorandum to raise that figure to 600,000 by 2027.";
        assertTrue(finder.find(s).stream().anyMatch(v -> v.kind() == FactKind.YEAR && "target".equals(v.qualifier())), () -> finder.find(s).toString());
    }

    @Test
    void aFractionInWordsBeforeOfIsAShareButAHalfOfAYearIsNot() {
        String s = "Nearly a third of Peruvian deliveries to Kazakhstan are machinery.";
        FoundValue v = only(s, FactKind.PERCENT);
        assertEquals("Nearly a third", s.substring(v.start(), v.end()));
        assertEquals(33.3, v.number().getAsDouble());
        assertEquals("about", v.qualifier());
        assertTrue(finder.find("The mill is due to start in the second half of 2026.").stream().noneMatch(x -> x.kind() == FactKind.PERCENT));
        assertTrue(finder.find("A third crossing matters.").stream().noneMatch(x -> x.kind() == FactKind.PERCENT));
    }

    @Test
    void lastYearIsCountedFromTheArticlesYear() {
        ValueFinder dated = new ValueFinder(java.util.OptionalInt.of(2024));
        String s = "Bilateral trade reached $310 million last year.";
        FoundValue money = dated.find(s).stream().filter(x -> x.kind() == FactKind.MONEY).findFirst().orElseThrow();
        assertEquals(2023, money.year().getAsInt());
    }

    @Test
    void theYearOfTheFigureAChangeStartedFromIsTheBaseOnlyWhenTheSentenceGivesAnother() {
        String s = "Trade reached $138 million in 2023, or about 8 billion pesos according to the statistics office, up 23.6 per cent from $112 million in 2022.";
        FoundValue pct = finder.find(s).stream().filter(x -> x.kind() == FactKind.PERCENT).findFirst().orElseThrow();
        assertEquals(2023, pct.year().getAsInt());
        String one = "Weekly flights rose from 18 in 2023 to 64.";
        assertTrue(finder.find(one).stream().anyMatch(v -> v.kind() == FactKind.YEAR && v.qualifier().isEmpty()), () -> finder.find(one).toString());
    }

    @Test
    void aDayAndMonthOrAMonthAfterAPrepositionIsADateInThePublishedYear() {
        ValueFinder dated = new ValueFinder(java.util.OptionalInt.of(2024));
        List<FoundValue> v = dated.find("Flights start May 28 and a second route from October, but in May 2025 a third.");
        List<String> dates = v.stream().filter(x -> x.kind() == FactKind.DATE).map(x -> x.year().getAsInt() + ":" + "Flights start May 28 and a second route from October, but in May 2025 a third.".substring(x.start(), x.end())).toList();
        assertEquals(List.of("2024:May 28", "2024:October", "2025:May 2025"), dates.stream().sorted().toList());
        assertTrue(finder.find("Flights start May 28.").stream().noneMatch(x -> x.kind() == FactKind.DATE), "no published year, no date");
    }

    @Test
    void aDollarSignWithACountrysLettersIsThatCountrysDollar() {
        String s = "Two-way trade reached C$410 million in 2023.";
        FoundValue v = only(s, FactKind.MONEY);
        assertEquals("C$410 million", s.substring(v.start(), v.end()));
        assertEquals("CAD", v.unit());
        assertEquals("AUD", only("Exports were worth A$1.2 billion.", FactKind.MONEY).unit());
        assertEquals("USD", only("Exports were worth US$1.2 billion.", FactKind.MONEY).unit());
    }

    @Test
    void theFigureAChangeStartsFromHasTheYearComparedWith() {
        String s = "Trade reached $410 million in 2023, up 9 per cent from $376 million in 2022.";
        List<FoundValue> money = finder.find(s).stream().filter(v -> v.kind() == FactKind.MONEY).toList();
        assertEquals(2, money.size());
        assertEquals(2023, money.get(0).year().getAsInt());
        assertEquals(2022, money.get(1).year().getAsInt());
    }

    @Test
    void aShillingSignIsTheKenyanShilling() {
        assertEquals("KES", only("That is about Sh9.6 billion.", FactKind.MONEY).unit());
    }

    @Test
    void aChangeIsNeverOfTheYearItIsMeasuredAgainstNorOfAYearSaidAfterIt() {
        String a = "Trade reached USD 142.6 million in 2023, an increase of 18.4 per cent on the USD 120.4 million recorded in 2022.";
        assertEquals(2023, only(a, FactKind.PERCENT).year().getAsInt());
        List<FoundValue> money = finder.find(a).stream().filter(v -> v.kind() == FactKind.MONEY).toList();
        assertEquals(2022, money.get(1).year().getAsInt());
        String b = "Yet it was up by roughly 23 per cent on 2022, and it is well over double the US$61 million recorded in 2019.";
        assertTrue(only(b, FactKind.PERCENT).year().isEmpty());
        String c = "It is up 30 per cent from 4,000 in 2022.";
        assertTrue(only(c, FactKind.PERCENT).year().isEmpty());
        String d = "Trade rose 31.2 per cent to $148.6 million in 2023, from $113.3 million in 2022.";
        assertEquals(2023, only(d, FactKind.PERCENT).year().getAsInt());
    }

    @Test
    void aWordOfAimingInsideANameMakesNoTarget() {
        String s = "According to the Agency for Strategic Planning and Reforms, trade amounted to US$ 412.6 million in 2023.";
        assertEquals("", only(s, FactKind.MONEY).qualifier());
        assertEquals("target", only("The two sides plan to raise trade to $1 billion.", FactKind.MONEY).qualifier());
    }

    @Test
    void scaleWordsOfTheFinancialPressAndOfSouthAsianEnglish() {
        assertEquals(4_700_000d, only("Garment sales rose to US$ 4.7 mn last year.", FactKind.MONEY).number().getAsDouble());
        assertEquals(2.3e9, only("The plant cost EUR 2.3 bn.", FactKind.MONEY).number().getAsDouble());
        FoundValue taka = only("Trade stood at Tk 1,540 crore in 2023.", FactKind.MONEY);
        assertEquals(1.54e10, taka.number().getAsDouble());
        assertEquals("taka", taka.unit(), "a sign several currencies share: the article's partner says which");
    }

    @Test
    void aYearThatLabelsTheNextFigureOrStandsInTheNextItemOfAListDatesNoOtherFigure() {
        String s = "Key figures: exports 2023 – US$ 52.4 mn (2022: US$ 47.1 mn); deals signed – 9, worth US$ 80 mn; "
                + "trade target – US$ 150 mn by 2029.";
        List<FoundValue> money = finder.find(s).stream().filter(v -> v.kind() == FactKind.MONEY).toList();
        assertEquals(2023, money.get(0).year().getAsInt());
        assertEquals(2022, money.get(1).year().getAsInt());
        assertTrue(money.get(2).year().isEmpty(), () -> money.get(2).toString());
        assertEquals(2029, money.get(3).year().getAsInt());
    }

    @Test
    void aYearInARelativeClauseAfterTheFigureDatesTheClausesEvent() {
        String s = "The group will invest US$ 31 mn in the mill, which is due to open in the first half of 2027.";
        assertTrue(only(s, FactKind.MONEY).year().isEmpty(), () -> finder.find(s).toString());
    }
}
