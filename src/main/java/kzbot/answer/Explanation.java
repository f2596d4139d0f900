package kzbot.answer;

import java.util.Locale;

import kzbot.domain.Entity;
import kzbot.domain.Interpretation;

/** How kzbot read a question, in words: what `kzbot nlu` prints and `/why` shows. */
public final class Explanation {
    private Explanation() {
    }

    public static String of(Interpretation i) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "intent: %s (confidence %.2f%s)%n", i.intent().code(), i.confidence(),
                i.confident() ? "" : ", below the threshold"));
        if (!i.alternatives().isEmpty()) {
            sb.append("runners-up:");
            i.alternatives().forEach(a -> sb.append(String.format(Locale.ROOT, " %s %.2f", a.intent().code(), a.score())));
            sb.append('\n');
        }
        if (i.entities().isEmpty()) {
            sb.append("entities: none\n");
        }
        for (Entity e : i.entities()) {
            sb.append(String.format(Locale.ROOT, "entity: %s %s (typed \"%s\")%n", e.type().code(), e.value(), e.text()));
        }
        return sb.toString();
    }
}
