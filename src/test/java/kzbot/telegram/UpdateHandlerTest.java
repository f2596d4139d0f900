package kzbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import kzbot.TestKzbot;
import kzbot.answer.Conversations;
import kzbot.store.SqliteFactStore;

/** The adapter with Mockito only at the TelegramClient edge; updates are real, parsed from Bot API JSON. */
class UpdateHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TelegramClient client = mock(TelegramClient.class);
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final java.nio.file.Path DB = TestKzbot.database(TestKzbot.SEEDS);

    private UpdateHandler handler(Set<Long> allowed) {
        SqliteFactStore store = SqliteFactStore.open(DB);
        var answerer = TestKzbot.answerer(store);
        BotLog log = new BotLog(new PrintStream(logged, true, StandardCharsets.UTF_8), clock, "42:SECRET");
        ReliableSender sender = new ReliableSender(client, new Pacer(clock), d -> { }, log);
        return new UpdateHandler(new Conversations(answerer, clock, 100), answerer, new BotCommands(store), sender,
                new UpdateHandler.BotIdentity(666, "kzbot_bot"), allowed, new QuestionLimit(clock));
    }

    static Update update(String json) throws Exception {
        return JSON.readValue(json.replace('\'', '"'), Update.class);
    }

    static Update text(long chat, String type, String text) throws Exception {
        return update("{'update_id':1,'message':{'message_id':5,'date':1700000000,'chat':{'id':" + chat + ",'type':'" + type
                + "'},'from':{'id':7,'is_bot':false,'first_name':'A'},'text':" + JSON.writeValueAsString(text).replace('"', '\'')
                + "}}");
    }

    private List<SendMessage> sent() throws Exception {
        ArgumentCaptor<SendMessage> c = ArgumentCaptor.forClass(SendMessage.class);
        verify(client, atLeastOnce()).execute(c.capture());
        return c.getAllValues();
    }

    @Test
    void answersAPrivateQuestionInEscapedHtmlWithPassageButtons() throws Exception {
        handler(Set.of()).handle(text(1, "private", "kz pakistan trade 2023"));
        SendMessage m = sent().get(0);
        assertEquals("HTML", m.getParseMode());
        assertTrue(m.getText().contains("$138 million") && m.getText().contains("<blockquote>"), m.getText());
        assertTrue(m.getReplyMarkup().toString().contains("p:"));
    }

    @Test
    void escapesWhatTheUserTypedWhenItIsShownBack() throws Exception {
        UpdateHandler h = handler(Set.of());
        h.handle(text(2, "private", "<b>trade</b> & <script>"));
        h.handle(text(2, "private", "/why"));
        String why = sent().get(sent().size() - 1).getText();
        assertTrue(why.contains("&lt;b&gt;trade&lt;/b&gt; &amp; &lt;script&gt;"), why);
        assertFalse(why.contains("<script>"));
    }

    @Test
    void ignoresGroupChatterButAnswersAsk() throws Exception {
        UpdateHandler h = handler(Set.of());
        h.handle(text(-5, "group", "kz pakistan trade 2023"));
        verify(client, never()).execute(any(SendMessage.class));
        h.handle(text(-5, "group", "/ask kz pakistan trade 2023"));
        assertTrue(sent().get(0).getText().contains("$138 million"));
        assertEquals(5, sent().get(0).getReplyToMessageId());
    }

    @Test
    void ignoresUpdatesItDoesNotHandle() throws Exception {
        UpdateHandler h = handler(Set.of());
        h.handle(update("{'update_id':2,'edited_message':{'message_id':5,'date':1,'chat':{'id':1,'type':'private'},'text':'x'}}"));
        h.handle(update("{'update_id':3,'channel_post':{'message_id':5,'date':1,'chat':{'id':-100,'type':'channel'},'text':'x'}}"));
        h.handle(update("{'update_id':4,'message':{'message_id':6,'date':1,'chat':{'id':1,'type':'private'},"
                + "'sticker':{'file_id':'f','file_unique_id':'u','type':'regular','width':1,'height':1,'is_animated':false,'is_video':false}}}"));
        h.handle(update("{'update_id':5,'message':{'message_id':7,'date':1,'chat':{'id':-5,'type':'group'},"
                + "'new_chat_members':[{'id':9,'is_bot':false,'first_name':'B'}]}}"));
        verify(client, never()).execute(any(SendMessage.class));
    }

    @Test
    void onlyAnswersAllowedChatsWhenAListIsSet() throws Exception {
        UpdateHandler h = handler(Set.of(10L));
        h.handle(text(11, "private", "kz pakistan trade 2023"));
        verify(client, never()).execute(any(SendMessage.class));
        h.handle(text(10, "private", "kz pakistan trade 2023"));
        assertEquals(1, sent().size());
    }

    @Test
    void answersButtonPressesAndInlineQueries() throws Exception {
        UpdateHandler h = handler(Set.of());
        h.handle(update("{'update_id':6,'callback_query':{'id':'cb1','chat_instance':'c','from':{'id':7,'is_bot':false,'first_name':'A'},"
                + "'data':'p:1','message':{'message_id':9,'date':1,'chat':{'id':3,'type':'private'},'text':'a'}}}"));
        verify(client).execute(any(AnswerCallbackQuery.class));
        assertTrue(sent().get(0).getText().contains("<b>"));
        h.handle(update("{'update_id':7,'inline_query':{'id':'iq','from':{'id':7,'is_bot':false,'first_name':'A'},"
                + "'query':'pakistan trade 2018','offset':''}}"));
        ArgumentCaptor<AnswerInlineQuery> q = ArgumentCaptor.forClass(AnswerInlineQuery.class);
        verify(client).execute(q.capture());
        assertTrue(q.getValue().getResults().toString().contains("$28 million"));
    }

    @Test
    void aFailingUpdateNeverStopsTheOthers() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(new IllegalStateException("boom")).thenReturn(null);
        KzbotUpdates updates = new KzbotUpdates(handler(Set.of()), new BotLog(new PrintStream(logged, true,
                StandardCharsets.UTF_8), clock, "42:SECRET"), 1);
        updates.handleSafely(text(4, "private", "kz pakistan trade 2023"));
        updates.handleSafely(text(4, "private", "and in 2018?"));
        verify(client, org.mockito.Mockito.times(2)).execute(any(SendMessage.class));
        assertTrue(logged.toString(StandardCharsets.UTF_8).contains("boom"));
    }
}
