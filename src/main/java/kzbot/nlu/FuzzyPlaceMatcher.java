package kzbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kzbot.domain.Place;
import kzbot.text.Gazetteer;
import kzbot.text.EditDistance;
import kzbot.text.Tokens;

/**
 * Recognises misspelt one-word place names ("malasia", "kazakstan", "pakistn", "uzbekstan") by edit
 * distance: one edit for words of five to seven letters, two from eight, the first letter always
 * right, never for a known ordinary word, and only when one place is nearest.
 */
final class FuzzyPlaceMatcher {
    private static final int MIN_LENGTH = 5;

    private final Map<Character, List<Candidate>> byInitial = new HashMap<>();
    private final Set<String> ordinaryWords;
    /** Words looked up before: comparing one with every name of its initial costs microseconds, and words recur. */
    private final kzbot.text.BoundedCache<String, Optional<Place>> seen = new kzbot.text.BoundedCache<>(16_384);

    private record Candidate(String folded, Place place) {
    }

    FuzzyPlaceMatcher(Gazetteer gazetteer, Set<String> ordinaryWords) {
        this.ordinaryWords = ordinaryWords;
        for (Place p : gazetteer.places()) {
            for (String name : gazetteer.namesOf(p.name())) {
                String f = Tokens.fold(name);
                if (f.length() >= MIN_LENGTH - 1 && f.chars().allMatch(Character::isLetter)) {
                    byInitial.computeIfAbsent(f.charAt(0), k -> new ArrayList<>()).add(new Candidate(f, p));
                }
            }
        }
    }

    static int allowedEdits(int length) {
        return length >= 8 ? 2 : length >= MIN_LENGTH ? 1 : 0;
    }

    Optional<Place> match(String word) {
        String w = Tokens.fold(word);
        return seen.computeIfAbsent(w, this::nearest);
    }

    private Optional<Place> nearest(String w) {
        int limit = allowedEdits(w.length());
        if (limit == 0 || ordinaryWords.contains(w) || !w.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Place best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (Candidate c : byInitial.getOrDefault(w.charAt(0), List.of())) {
            // two edits only between words of nearly the same length: "uzbekstan", not "eurasianet"
            int lim = Math.abs(w.length() - c.folded().length()) > 1 ? Math.min(limit, 1) : limit;
            int d = EditDistance.bounded(w, c.folded(), lim);
            if (d > lim) {
                continue;
            }
            if (d < bestDistance) {
                best = c.place();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && best != null && !best.equals(c.place())) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
