package kzbot.answer;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kzbot.domain.Document;
import kzbot.domain.Question;
import kzbot.domain.Question.MetaField;
import kzbot.text.Lexicon;
import kzbot.text.Tokens;

/**
 * Answers about an article itself (who wrote it, who published it, when, its title) from the
 * documents' metadata, cited to the document and the field. The article is the one whose title
 * and partner best fit the question's words; when two fit as well, or the field is empty, it
 * declines.
 */
final class Metadata {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final List<Document> documents;
    private final Lexicon lexicon;

    Metadata(List<Document> documents, Lexicon lexicon) {
        this.documents = documents;
        this.lexicon = lexicon;
    }

    List<Document> documents() {
        return documents;
    }

    /**
     * The article published last, when one is: dated, and later than every other (an undated article
     * counts as older; "2024-03" is not later or earlier than "2024-03-14").
     */
    Optional<Document> newest() {
        List<Document> dated = documents.stream().filter(d -> !d.published().isBlank())
                .sorted(Comparator.comparing(Document::published).reversed()).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        String last = dated.get(0).published();
        if (dated.size() > 1 && last.startsWith(dated.get(1).published())) {
            return Optional.empty();
        }
        return Optional.of(dated.get(0));
    }

    /** The article the question means, when one fits clearly better than the others. */
    Optional<Document> article(Question q, java.util.function.ToDoubleFunction<Document> contentFit) {
        return article(q, contentFit, t -> 1);
    }

    /**
     * The article the question means; a title word counts by its weight ({@code termWeight}, 0 to 1):
     * "visit" in a title says less than a name the question gives.
     */
    Optional<Document> article(Question q, java.util.function.ToDoubleFunction<Document> contentFit,
                               java.util.function.ToDoubleFunction<Question.Term> termWeight) {
        List<Scored> scored = new ArrayList<>();
        for (Document d : documents) {
            double s = 0;
            if (!q.partners().isEmpty()) {
                s += q.partners().contains(d.partner()) ? 2 : -2;
            }
            Set<String> title = Set.copyOf(Tokens.of(d.title()).stream().map(t -> Tokens.fold(t.text())).toList());
            for (Question.Term t : q.terms()) {
                if (asksAboutAnArticle(t)) {
                    continue; // "who published this media statement": no title word, the words that ask
                }
                if (title.contains(t.lemma()) || title.contains(Tokens.fold(t.text()))
                        || lexicon.alternatives(t.lemma()).stream().anyMatch(title::contains)) {
                    s += termWeight.applyAsDouble(t);
                }
            }
            double content = contentFit.applyAsDouble(d);
            scored.add(new Scored(d, s + content, s > 0 || content > 0 && saysWhatAbout(q)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.isEmpty() || scored.get(0).score() <= 0 || !scored.get(0).named()
                || scored.size() > 1 && scored.get(1).score() >= scored.get(0).score()) {
            return Optional.empty(); // "who wrote the article", of several: which one is not said
        }
        return Optional.of(scored.get(0).document());
    }

    /**
     * @param named the question names the article by its partner or its title's words, or by what it is
     *              about, which the article's sentences hold
     */
    private record Scored(Document document, double score, boolean named) {
    }

    /**
     * The question has a word besides those that ask about an article ("who wrote the article"): something
     * the article is about ("the piece on the marina bay forum") by which its sentences may name it.
     */
    private static boolean saysWhatAbout(Question q) {
        return q.terms().stream().anyMatch(t -> !asksAboutAnArticle(t));
    }

    /** A word that asks about an article rather than saying which: "article", "wrote", "outlet", "media statement". */
    private static boolean asksAboutAnArticle(Question.Term t) {
        return Stream.of(t.lemma(), Tokens.fold(t.text())).anyMatch(ASKING::contains);
    }

    /** The words of the question-cues kinds that ask about an article, and of the phrases that name one. */
    private static final Set<String> ASKING = Stream.concat(Stream.of("article", "author", "publisher", "published", "title")
            .flatMap(kind -> kzbot.text.WordLists.QUESTION_CUES.get(kind).stream()),
            kzbot.text.WordLists.QUESTION_CUES.get("articlephrase").stream().flatMap(p -> Stream.of(p.split(" "))))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Map<String, Set<String>> CUES = kzbot.text.WordLists.QUESTION_CUES;

    /**
     * The other fields a question asks for beside its main one: "when" asks the date, an author word
     * ("who wrote") the author, a publisher noun ("which outlet") the publisher.
     */
    static List<Question.MetaField> alsoAsked(Question q, Question.MetaField main) {
        List<Question.MetaField> out = new ArrayList<>();
        boolean when = false;
        boolean author = false;
        boolean publisher = false;
        for (kzbot.domain.Word w : q.words()) {
            String f = Tokens.fold(w.text());
            when |= f.equals("when");
            author |= CUES.get("author").contains(w.lemma()) || f.equals("who") && CUES.get("author").contains(q.predicate());
            publisher |= w.tag().equals("NOUN") && CUES.get("publisher").contains(w.lemma());
        }
        if (main != Question.MetaField.PUBLISHED && when) {
            out.add(Question.MetaField.PUBLISHED);
        }
        if (main != Question.MetaField.AUTHOR && author) {
            out.add(Question.MetaField.AUTHOR);
        }
        if (main != Question.MetaField.PUBLISHER && publisher) {
            out.add(Question.MetaField.PUBLISHER);
        }
        return out;
    }

    /** The field's value as the metadata gives it, or empty. */
    static String value(Document d, MetaField field) {
        return switch (field) {
            case AUTHOR -> d.author();
            case PUBLISHER -> d.publisher();
            case PUBLISHED -> d.published();
            case TITLE -> d.title();
        };
    }

    /** "Meera Kulkarni wrote it", "Published in July 2024 (2024-07)". */
    static String sentence(Document d, MetaField field, String value) {
        return switch (field) {
            case AUTHOR -> (value.contains(";") ? value.replace("; ", " and ") + " wrote it" : value + " wrote it");
            case PUBLISHER -> "It was published by " + value;
            case PUBLISHED -> "It was published " + (value.length() == 10 ? "on " : "in ") + readable(value) + " (" + value + ")";
            case TITLE -> "Its title is \u201c" + value + "\u201d";
        };
    }

    private static String readable(String published) {
        try {
            if (published.length() == 7) {
                return YearMonth.parse(published).format(MONTH);
            }
            if (published.length() == 10) {
                return java.time.LocalDate.parse(published).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            }
        } catch (java.time.format.DateTimeParseException e) {
            return published;
        }
        return published;
    }

    static String field(MetaField f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}
