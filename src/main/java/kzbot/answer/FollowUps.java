package kzbot.answer;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import kzbot.domain.Entity;
import kzbot.domain.Intent;
import kzbot.domain.Question;

/**
 * Reads a question in the light of the one before it, when it cannot stand on its own: "and in
 * 2018?" takes the last question's partner and subject with a new year, "what about Uzbekistan?"
 * the last subject with a new partner, "who signed it?" the last partner and words. A question
 * that names its own partner and says what it asks about, or has three words of its own, stands
 * alone.
 */
final class FollowUps {
    private static final Pattern ELLIPTIC = Pattern.compile(
            "^(and|what about|how about|what of|and what about|also|same for|and for)\\b|\\b(it|they|them|that|this|those|he|she|his|her|its|their)\\b");
    private static final int SHORT = 6;
    /** A question with this many words of its own stands alone. */
    private static final int OWN_WORDS = 3;

    private FollowUps() {
    }

    /** The question to answer: itself, or itself completed from the remembered one. */
    static Question read(Question q, Conversation memory, Instant now) {
        if (!memory.isFresh(now)) {
            return q;
        }
        String text = q.text().toLowerCase(Locale.ROOT).strip();
        boolean shortOne = text.split("\\s+").length <= SHORT;
        boolean elliptic = ELLIPTIC.matcher(text).find();
        if (!shortOne && !elliptic) {
            return q;
        }
        boolean chat = !q.intent().asksForFacts() && q.intent() != Intent.SOURCES && q.intent() != Intent.OUT_OF_SCOPE;
        if (chat || q.metadata().isPresent()) {
            return q;
        }
        int own = q.terms().size();
        boolean namesPartner = !q.partners().isEmpty();
        boolean hasTopic = !q.interpretation().entities(Entity.Type.TOPIC).isEmpty() || own > 0;
        if (namesPartner && hasTopic || own >= OWN_WORDS) {
            return q; // "kazakstan malaysia tarde" after a Pakistan question is about Malaysia's trade
        }
        Question last = memory.question().orElseThrow();
        List<String> partners = namesPartner ? q.partners() : last.partners();
        List<Integer> years = !q.years().isEmpty() ? q.years() : namesPartner ? last.years() : last.years();
        List<kzbot.domain.Topic> topics = q.topics().isEmpty() ? last.topics() : q.topics();
        boolean newSubject = own > 0 && !elliptic;
        if (newSubject && !namesPartner) {
            // "who signed?": the last partner, the new question's words and the old ones
            return q.withContext(mergeTerms(q, last), partners, years, topics);
        }
        // "and in 2018?", "what about Uzbekistan?": the last question again, with the new partner or year
        List<Question.Term> nouns = q.terms().stream().filter(t -> t.tag().equals("NOUN") && !t.name()).toList();
        if (nouns.size() == 1 && !q.focus().present() && last.focus().present() && !namesPartner) {
            // "how many Polish companies…?" then "and students?": the new noun is what is now counted
            Question.Term noun = nouns.get(0);
            List<Question.Term> terms = new java.util.ArrayList<>(q.terms());
            last.terms().stream().filter(t -> !t.lemma().equals(last.focus().lemma())
                    && terms.stream().noneMatch(x -> x.lemma().equals(t.lemma()))).forEach(terms::add);
            return q.withContext(terms, partners, years, topics)
                    .withFocus(new Question.Focus(noun.lemma(), List.of(), noun.text())).asking(last);
        }
        List<Question.Term> terms = q.terms().isEmpty() ? last.terms() : mergeTerms(q, last);
        return q.withContext(terms, partners, years, topics).asking(last);
    }

    private static List<Question.Term> mergeTerms(Question q, Question last) {
        List<Question.Term> terms = new java.util.ArrayList<>(q.terms());
        last.terms().stream().filter(t -> terms.stream().noneMatch(x -> x.lemma().equals(t.lemma()))).forEach(terms::add);
        return terms;
    }
}
