package kzbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import kzbot.domain.FactKind;
import kzbot.domain.Question;
import kzbot.domain.Question.AnswerType;
import kzbot.text.Tokens;

/**
 * Which sentences to read for a question: the full-text phrases (each question word, its corpus
 * spelling and the forms WordNet relates to it), taken rarest first while they stand in a few
 * hundred sentences so that a search stays cheap on a large corpus, and the kinds of fact the
 * answer type wants.
 */
final class SearchPlan {
    /** About how many sentences one search may read for its words. */
    static final int SEARCH_ROWS = 500;
    /** At most this many alternative forms of one word are searched for. */
    private static final int ALTERNATIVES = 6;

    private SearchPlan() {
    }

    /** The phrases to search for, unquoted. */
    static List<String> phrases(QuestionWords words, ToIntFunction<String> sentencesWith) {
        List<List<String>> groups = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (QuestionWords.Word w : words.words()) {
            Set<String> forms = new LinkedHashSet<>(w.same());
            w.alternatives().stream().sorted().limit(ALTERNATIVES).forEach(forms::add);
            w.phrases().stream().sorted().limit(ALTERNATIVES).forEach(forms::add);
            if (w.acronym()) {
                forms.add(Tokens.fold(w.term().text()));
            }
            List<String> group = new ArrayList<>();
            for (String f : forms) {
                String clean = f.replace("\"", "").replace('_', ' ').strip();
                if (!clean.isEmpty() && clean.chars().anyMatch(Character::isLetterOrDigit) && seen.add(clean)) {
                    group.add(clean);
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        long[] cost = new long[groups.size()];
        Integer[] order = new Integer[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            order[g] = g;
            for (String phrase : groups.get(g)) {
                cost[g] += java.util.Arrays.stream(phrase.split(" ")).mapToInt(x -> sentencesWith.applyAsInt(Tokens.fold(x)))
                        .min().orElse(0);
            }
        }
        java.util.Arrays.sort(order, Comparator.comparingLong(g -> cost[g]));
        boolean[] kept = new boolean[groups.size()];
        long rows = 0;
        for (int k = 0; k < order.length; k++) {
            rows += cost[order[k]];
            if (k > 0 && rows > SEARCH_ROWS) {
                break;
            }
            kept[order[k]] = true;
        }
        List<String> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (kept[g]) {
                out.addAll(groups.get(g));
            }
        }
        return out;
    }

    /** The kinds of fact whose sentences are read even when none of the question's words is in them. */
    static List<FactKind> kinds(Question q) {
        AnswerType t = q.type();
        if (t.isFigure()) {
            return List.of(FactKind.MONEY, FactKind.QUANTITY, FactKind.COUNT, FactKind.PERCENT);
        }
        if (t == AnswerType.DATE) {
            return List.of(FactKind.DATE, FactKind.YEAR);
        }
        if (t == AnswerType.PERSON || t == AnswerType.AGENT) {
            return List.of(FactKind.PERSON, FactKind.ORGANISATION);
        }
        if (t == AnswerType.WHICH || t == AnswerType.NAME) {
            // "which regional bodies": the names may be "organizations", a word the question does not use
            return List.of(FactKind.ORGANISATION, FactKind.NAME);
        }
        return List.of();
    }
}
