package kzbot.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a question names: its type, its canonical value (a country as the seeds spell it, an
 * organisation's full name, a year) and the text the user typed, at UTF-16 offsets of the question.
 */
public record Entity(Type type, String value, String text, int start, int end) {
    /** The kinds of thing a question can name. */
    public enum Type {
        COUNTRY, ORGANISATION, PERSON, YEAR, DATE, TOPIC;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    public boolean overlaps(Entity o) {
        return start < o.end && o.start < end;
    }
}
