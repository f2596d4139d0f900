package kzbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import kzbot.domain.FactKind;
import kzbot.domain.Word;
import kzbot.text.LegalForms;
import kzbot.text.Lexicon;
import kzbot.text.Tokens;
import kzbot.text.WordLists;

/**
 * Proper names the other finders leave: runs of capitalised words and acronyms ("TAV Airports",
 * "Chabahar", "UNIFIL", "Jalal-Abad", "Federation of Indian Chambers of Commerce and Industry").
 * "of" and "for" join capitalised words, "and" only inside a name that already has "of"; hyphens and
 * dashes join; a lone capitalised word that starts the sentence and is an ordinary English word
 * ("Trade", "Both") is not a name, and neither are months, days and function words.
 */
final class NameFinder {
    private static final java.util.Set<String> ORGANISATION_HEADS = java.util.Set.copyOf(WordLists.words("organisation-heads.txt"));
    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<FoundValue> find(String sentence, List<Word> words) {
        List<FoundValue> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(words.get(i)) || WordLists.NOT_NAMES.contains(words.get(i).lemma())) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            boolean hasOf = false;
            while (end < words.size()) {
                Word w = words.get(end);
                if (capitalised(w) && !WordLists.NOT_NAMES.contains(w.lemma())) {
                    end++;
                } else if (joins(words, end) && (capitalised(words.get(end + 1))
                        || words.get(end + 1).text().chars().allMatch(Character::isDigit))) {
                    end += 2;
                } else if (WordLists.NAME_PARTICLES.contains(w.text()) && end + 1 < words.size() && capitalised(words.get(end + 1))
                        && !WordLists.NOT_NAMES.contains(words.get(end + 1).lemma())) {
                    end += 2; // "Textiles del Valle", "Minera Plata del Norte": a particle of a Spanish, Dutch or German name
                } else if ((w.lemma().equals("of") || w.lemma().equals("for") || w.lemma().equals("and") && hasOf)
                        && end + 1 < words.size() && capitalised(words.get(end + 1))
                        && !WordLists.NOT_NAMES.contains(words.get(end + 1).lemma())) {
                    hasOf |= !w.lemma().equals("and");
                    end += 2;
                } else {
                    break;
                }
            }
            // "Nordvind Energy A/S", "Kvarner Shipyard d.d.": a legal form after the name is part of a company's name
            // ("Cumbre S.A. de C.V.": the form may start inside the run of capitals, "S" of "S.A.")
            int charEnd = words.get(end - 1).end();
            int form = 0;
            for (int k = start + 1; k <= end && form == 0; k++) {
                form = LegalForms.after(sentence, words.get(k - 1).end());
                if (form > 0) {
                    charEnd = words.get(k - 1).end();
                }
            }
            if (form > 0) {
                charEnd += form;
                while (end < words.size() && words.get(end).start() < charEnd) {
                    end++;
                }
            }
            for (int k = start + 1; form == 0 && k < end - 1; k++) {
                if (words.get(k).lemma().equals("and") && titledPerson(words, start, k) > 0) {
                    end = k; // "Deputy Minister of Energy Askar Zhumabekov and Mirador Holdings Chief Operating Officer…": two people
                    charEnd = words.get(end - 1).end();
                    break;
                }
            }
            int person = form > 0 ? -1 : titledPerson(words, start, end);
            if (person > 0) {
                // "Vice Minister of Industry and Construction Yerlan Sadykov", "Cerro Alto Chief Executive Officer
                // Felipe Montt Arancibia": a title in capitals, then the person's name
                String name = sentence.substring(words.get(person).start(), charEnd);
                // "Kazakhstan's Vice Minister of Trade … Aidar Zhaksybekov": the possessor says whose the title is
                int from = start >= 2 && words.get(start - 1).text().matches("['\u2019]s") && capitalised(words.get(start - 2)) ? start - 2 : start;
                out.add(new FoundValue(FactKind.PERSON, words.get(person).start(), charEnd, OptionalDouble.empty(), "",
                        OptionalInt.empty(), "", phrase(words, from, person), "", name));
                i = end;
                continue;
            }
            if (form > 0 || accept(words, start, end)) {
                // "East Hope Group", "TAV Airports": a name ending in an organisation's last word is an organisation's
                String name = sentence.substring(words.get(start).start(), charEnd);
                boolean organisation = form > 0 || end - start > 1
                        && (ORGANISATION_HEADS.contains(Tokens.fold(words.get(end - 1).text())) || LegalForms.ends(name));
                String role = organisation ? "" : appositiveRole(words, start, end);
                out.add(new FoundValue(organisation ? FactKind.ORGANISATION : !role.isEmpty() ? FactKind.PERSON : FactKind.NAME,
                        words.get(start).start(), charEnd, OptionalDouble.empty(), "",
                        OptionalInt.empty(), "", role, "", name));
            }
            i = end;
        }
        return out;
    }

    private boolean accept(List<Word> words, int start, int end) {
        boolean first = start == 0 || words.get(start - 1).text().matches("[\"“‘(:]");
        if (end - start > 1) {
            // "Joint Military Exercises: regular training…": a list item's label, ordinary words in capitals
            boolean label = first && end < words.size() && words.get(end).text().equals(":");
            return !(label && words.subList(start, end).stream().allMatch(this::ordinary));
        }
        Word w = words.get(start);
        boolean acronym = w.text().length() >= 2 && w.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        if (acronym) {
            return true;
        }
        // a capitalised first word is a name only when English does not know it as a word
        return !(first && ordinary(w));
    }

    /**
     * Where the person's name starts in a run of capitals that opens with their title, or -1. The
     * title ends at its last noun WordNet files as a kind of person ("Minister", "Undersecretary",
     * "Officer") and the "of" phrase after it, as far as English words go ("of Energy and Mines"); two
     * to four capitalised words then make the name ("Felipe Montt Arancibia"; a place's name such as
     * "Carolina" may be a given name).
     */
    private int titledPerson(List<Word> words, int start, int end) {
        // the last two words are the name's, whatever WordNet knows of them ("Ortega" is a statesman there);
        // of the title's person nouns, the last that leaves a name after it ("Minister of Domestic and Foreign
        // Trade Dragan Vukosavljević": not "Domestic", a servant in WordNet)
        for (int role = end - 3; role >= start; role--) {
            if (!(isRole(words, role) || capitalised(words.get(role)) && !namePart(words.get(role))
                    && lexicon.kinds(Tokens.fold(words.get(role).text())).contains("person"))) {
                continue;
            }
            int p = nameAfterTitle(words, role, end);
            if (p > 0) {
                return p;
            }
        }
        return -1;
    }

    /** Where the name starts after a title's person noun, or -1 when what follows is no name. */
    private int nameAfterTitle(List<Word> words, int role, int end) {
        int p = role + 1;
        if (p < end && (words.get(p).lemma().equals("of") || words.get(p).lemma().equals("for"))) {
            p++;
            while (p < end && (!capitalised(words.get(p)) || !namePart(words.get(p)))) {
                p++; // "of Industry and Construction"
            }
        }
        // "Maria Cristina Lacson-Reyes": a hyphen joins two parts of one name
        long parts = words.subList(p, end).stream().filter(w -> !w.text().equals("-")).count();
        if (parts < 2 || parts > 4) {
            return -1;
        }
        boolean unknown = false;
        for (int k = p; k < end; k++) {
            if (words.get(k).text().equals("-")) {
                continue;
            }
            if (!capitalised(words.get(k)) || WordLists.NOT_NAMES.contains(words.get(k).lemma())) {
                return -1;
            }
            unknown |= !ordinary(words.get(k)) || namePart(words.get(k));
        }
        // "Deputy Prime Minister": English words all, a title, not a name
        return unknown ? p : -1;
    }

    /** A word of a person's name: not an English word, or one English knows only as a place's name ("Carolina"). */
    private boolean namePart(Word w) {
        String lower = Tokens.fold(w.text());
        if (!ordinary(w)) {
            return true;
        }
        return lexicon.category(lower, 'n').filter(c -> c.equals("location")).isPresent() && lexicon.category(lower, 'v').isEmpty()
                && lexicon.category(lower, 'a').isEmpty();
    }

    /** At most this many words between a name and the role noun beside it, within commas. */
    private static final int ROLE_REACH = 6;

    /**
     * The role a name of two or three words is given beside it, between commas: "Nika Gelashvili,
     * Georgia's Minister of Economy, told reporters", "Kazakhstan's ambassador to Egypt, Daulet
     * Abenov," — a noun WordNet files as a kind of person. "" when there is none.
     */
    private String appositiveRole(List<Word> words, int start, int end) {
        // "Akosua Mensah-Boateng": a hyphen joins two parts of one name
        long parts = words.subList(start, end).stream().filter(w -> !w.text().equals("-")).count();
        // "…, Undersecretary of Foreign Trade", "…, Vice Minister of Foreign Trade": a capitalised title, its head first or second
        boolean titled = end + 1 < words.size() && words.get(end).text().equals(",") && capitalised(words.get(end + 1))
                && (isRole(words, end + 1) || end + 2 < words.size() && capitalised(words.get(end + 2)) && isRole(words, end + 2));
        // "Luz María Ortega Villarreal, Undersecretary of Foreign Trade": names of four parts are common in Spanish and Portuguese
        if (parts >= 2 && parts <= 4 && titled) {
            return roleBeside(words, start, end); // "Marat Sadykov, Ambassador Extraordinary…": a title says it is a person, whatever WordNet knows of "Marat"
        }
        if (parts < 2 || parts > 3 || words.subList(start, end).stream().filter(w -> !w.text().equals("-")).anyMatch(this::ordinary)) {
            return "";
        }
        return roleBeside(words, start, end);
    }

    /**
     * The role beside a person found by other means ("said Mr Ong Boon Keat, chief executive of
     * Straits Harbour Holdings"), whose name may hold English words ("Boon"); "" when none.
     */
    String roleOf(List<Word> words, int startChar, int endChar) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < words.size(); i++) {
            if (start < 0 && words.get(i).start() >= startChar) {
                start = i;
            }
            if (words.get(i).end() <= endChar) {
                end = i + 1;
            }
        }
        return start < 0 || end <= start ? "" : roleBeside(words, start, end);
    }

    private String roleBeside(List<Word> words, int start, int end) {
        // "…, Harold Desrosiers, and Kazakhstan's Minister of Industry": after "and" comes another person, not this one's role
        boolean coordinated = end + 1 < words.size() && words.get(end + 1).tag().equals("CCONJ");
        // "…, Folasade Adeyemi-Bakare, said Abuja wants…": what follows the comma is the sentence's verb, no role
        boolean verbNext = end + 1 < words.size() && (words.get(end + 1).tag().equals("VERB") || words.get(end + 1).tag().equals("AUX"));
        if (end < words.size() && words.get(end).text().equals(",") && !coordinated && !verbNext) {
            int close = end + 1;
            // to the next comma, or to the sentence's end ("…, chief executive of Straits Harbour Holdings.")
            while (close < words.size() && !words.get(close).text().equals(",") && !words.get(close).text().matches("[.;:)]")
                    && close <= end + 1 + 4 * ROLE_REACH) {
                close++;
            }
            for (int k = end + 1; k < close && k <= end + ROLE_REACH; k++) {
                if (isRole(words, k) && close < words.size()) {
                    return phrase(words, end + 1, close); // "Georgia's Minister of Economy and Sustainable Development"
                }
            }
        }
        while (start > 1 && (HONORIFICS.contains(Tokens.fold(words.get(start - 1).text())) || words.get(start - 1).text().equals("."))
                && HONORIFICS.contains(Tokens.fold(words.get(start - 1).text().equals(".") ? words.get(start - 2).text() : words.get(start - 1).text()))) {
            start -= words.get(start - 1).text().equals(".") ? 2 : 1; // "The Ambassador of Kazakhstan to Nigeria, Mr. Nurlan Akhmetov"
        }
        if (start > 0 && words.get(start - 1).text().equals(",")) {
            for (int k = start - 2; k >= 0 && k >= start - 1 - ROLE_REACH && !words.get(k).text().equals(","); k--) {
                if (isRole(words, k)) {
                    int from = k;
                    // back over the role's possessor and modifiers: "Kazakhstan's ambassador to Egypt"
                    // and "the group's coordinator": a possessor may be a common noun
                    while (from > 0 && (words.get(from - 1).text().equals("'s") || words.get(from - 1).tag().equals("PROPN")
                            || words.get(from - 1).tag().equals("ADJ")
                            || words.get(from - 1).tag().equals("NOUN") && words.get(from).text().equals("'s"))) {
                        from--;
                    }
                    return phrase(words, from, start - 1);
                }
            }
        }
        return "";
    }

    private static final java.util.Set<String> HONORIFICS = java.util.Set.copyOf(WordLists.words("honorifics.txt"));

    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && words.get(i).start() > words.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(words.get(i).text());
        }
        return sb.toString();
    }

    /** A noun WordNet files as a kind of person; the tagger may read it as an adjective ("chief executive of"). */
    private boolean isRole(List<Word> words, int k) {
        Word w = words.get(k);
        boolean head = w.isNoun() || w.tag().equals("ADJ") && (k + 1 == words.size() || !words.get(k + 1).isNoun());
        return head && lexicon.kinds(w.lemma().toLowerCase(Locale.ROOT)).contains("person");
    }

    /** English knows the word as a word, not only as a name. */
    private boolean ordinary(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        return known(lower) || known(w.lemma()) || WordLists.STOP_WORDS.contains(lower) || WordLists.CLOSED_CLASS.contains(lower);
    }

    /** English knows the word, or its singular ("Delays"). */
    private boolean known(String lower) {
        return lexicon.knows(lower) || lower.endsWith("s") && lexicon.knows(lower.substring(0, lower.length() - 1))
                || lower.endsWith("es") && lexicon.knows(lower.substring(0, lower.length() - 2))
                || lower.endsWith("ies") && lexicon.knows(lower.substring(0, lower.length() - 3) + "y");
    }

    private static boolean capitalised(Word w) {
        String t = w.text();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && t.codePoints().anyMatch(Character::isLetter);
    }

    /** A hyphen or dash written without spaces: "Jalal-Abad", "Baku–Tbilisi", "Kambarata-1". */
    private static boolean joins(List<Word> words, int i) {
        String t = words.get(i).text();
        return (t.equals("-") || t.equals("\u2013") || t.equals("\u2014")) && i > 0 && i + 1 < words.size()
                && words.get(i - 1).end() == words.get(i).start() && words.get(i).end() == words.get(i + 1).start();
    }
}
