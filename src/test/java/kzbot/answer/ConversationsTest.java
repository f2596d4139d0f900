package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;

class ConversationsTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final Conversations chats = new Conversations(TestKzbot.seeds(), clock, 100);

    @Test
    void aShortQuestionWithWordsOfItsOwnIsNotForcedOntoThePreviousPartner() {
        assertTrue(chats.ask("n", "When did Kazakhstan and Pakistan establish diplomatic relations?").answered());
        // read as a follow-up about Pakistan, any organisation there would do; on its own it finds the newspaper
        Answer a = chats.ask("n", "Which newspaper reported the visit?");
        assertTrue(a.text().startsWith("The Astana Times"), a.text());
        assertEquals("kz-uzbekistan-visit", a.citations().get(0).source());
    }

    @Test
    void readsAYearFollowUpWithThePreviousPartnerAndTopic() {
        assertTrue(chats.ask("a", "kz pakistan trade 2023").text().contains("$138 million"));
        Answer a = chats.ask("a", "and in 2018?");
        assertTrue(a.answered(), a.text());
        assertTrue(a.text().contains("$28 million"), a.text());
    }

    @Test
    void readsAPartnerFollowUpWithThePreviousTopic() {
        assertTrue(chats.ask("b", "What military cooperation do Kazakhstan and Pakistan have?").answered());
        Answer a = chats.ask("b", "what about Uzbekistan?");
        assertTrue(a.answered(), a.text());
        assertEquals("kz-uzbekistan-visit", a.citations().get(0).source());
        assertTrue(a.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*(military|security|exercise).*"), a.text());
    }

    @Test
    void readsWhoSignedItAfterAnAgreement() {
        assertTrue(chats.ask("c", "Tell me about the partnership memorandum of ISIS Malaysia").answered());
        Answer a = chats.ask("c", "who signed it?");
        assertTrue(a.text().contains("Kazakhstan Institute of Strategic Studies") || a.text().contains("KazISS"), a.text());
    }

    @Test
    void aNounFollowUpCountsTheNewThing() {
        Conversations vietnam = new Conversations(TestKzbot.answererWith(TestKzbot.BLIND.resolve("b6/sources")), clock, 100);
        assertTrue(vietnam.ask("v", "how many companies with vietnamese capital are registered in kazakhstan").text().contains("38"));
        Answer a = vietnam.ask("v", "and students?");
        assertTrue(a.answered(), a.text());
        assertFalse(a.text().startsWith("Some 38"), a.text());
        assertTrue(a.text().toLowerCase(java.util.Locale.ROOT).contains("student"), a.text());
    }

    @Test
    void forgetsAfterTheExpiry() {
        chats.ask("d", "kz pakistan trade 2023");
        clock.now = clock.now.plus(Conversation.EXPIRY).plus(Duration.ofMinutes(1));
        assertFalse(chats.ask("d", "and in 2018?").text().contains("$28 million"));
    }

    @Test
    void neverLeaksBetweenConversations() {
        chats.ask("e", "kz pakistan trade 2023");
        assertFalse(chats.ask("f", "and in 2018?").text().contains("$28 million"));
    }

    @Test
    void staysBoundedByForgettingTheLeastRecentlyUsed() {
        for (int i = 0; i < 150; i++) {
            chats.ask("chat-" + i, "kz pakistan trade 2023");
        }
        assertEquals(100, chats.size());
    }

    @Test
    void theArticleAskedAboutWithoutSayingWhichIsTheOneJustQuotedOrElseTheBotAsksWhich() {
        Answer alone = chats.ask("w", "who wrote the article");
        assertFalse(alone.answered(), alone.text());
        assertTrue(alone.text().startsWith("Which article do you mean?"), alone.text());
        assertTrue(chats.ask("x", "kz pakistan trade 2023").answered());
        Answer after = chats.ask("x", "who wrote the article");
        assertTrue(after.answered() && after.text().startsWith("Mohamed Sakhri"), after.text());
    }

    @Test
    void itWithNoNounOfItsOwnIsTheArticleJustQuoted() {
        assertTrue(chats.ask("y", "kz pakistan trade 2023").answered());
        Answer who = chats.ask("y", "who wrote it");
        assertTrue(who.answered() && who.text().startsWith("Mohamed Sakhri"), who.text());
        // the seed article gives no date, and the reply says so of that article
        Answer when = chats.ask("y", "when was it published?");
        assertTrue(when.text().contains("Development of Joint Cooperation") && when.text().contains("published"), when.text());
    }
}
