package dev.scribe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSlackApiTest {
  private static final String CHANNEL = "C0INCIDENT";

  private final FakeSlackApi api =
      FakeSlackApi.start(Clock.fixed(Instant.parse("2026-11-21T13:03:00Z"), ZoneOffset.UTC));
  private final MethodsClient slack = RealSlackClient.methods(api);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void authTestNamesTheWorkspaceAndTheBot() throws Exception {
    api.setTeamId("T0OTHER");

    AuthTestResponse auth = slack.authTest(r -> r);

    assertThat(auth.isOk()).isTrue();
    assertThat(auth.getTeamId()).isEqualTo("T0OTHER");
    assertThat(auth.getUserId()).isEqualTo(api.botUserId());
    assertThat(auth.getBotId()).isEqualTo("B0SCRIBE");
    assertThat(api.lastCall("auth.test").orElseThrow().token()).contains(RealSlackClient.BOT_TOKEN);
  }

  @Test
  void usersInfoGivesTheSeededUserAndTheirZone() throws Exception {
    api.addUser("U0ALICE", "alice", "Alice Martin", "Europe/Paris");

    UsersInfoResponse alice = slack.usersInfo(r -> r.user("U0ALICE"));
    UsersInfoResponse nobody = slack.usersInfo(r -> r.user("U0NOBODY"));

    assertThat(alice.getUser().getRealName()).isEqualTo("Alice Martin");
    assertThat(alice.getUser().getProfile().getDisplayName()).isEqualTo("alice");
    assertThat(alice.getUser().getTz()).isEqualTo("Europe/Paris");
    assertThat(alice.getUser().getTzOffset()).isEqualTo(3600);
    assertThat(alice.getUser().getTzLabel()).startsWith("Central European");
    assertThat(nobody.isOk()).isFalse();
    assertThat(nobody.getError()).isEqualTo("user_not_found");
  }

  @Test
  void historyNeverReturnsAThreadReplySoLookingUpAReplyThereFindsTheWrongMessage()
      throws Exception {
    String parent = api.postUserMessage(CHANNEL, "U0ALICE", "db is down");
    String reply = api.postThreadReply(CHANNEL, parent, "U0BOB", "failover started");

    ConversationsHistoryResponse history =
        slack.conversationsHistory(r -> r.channel(CHANNEL).latest(reply).inclusive(true).limit(1));
    ConversationsRepliesResponse replies =
        slack.conversationsReplies(r -> r.channel(CHANNEL).ts(reply).latest(reply).inclusive(true));

    assertThat(history.getMessages()).extracting(Message::getText).containsExactly("db is down");
    assertThat(history.getMessages().get(0).getReplyCount()).isEqualTo(1);
    assertThat(replies.getMessages())
        .extracting(Message::getText)
        .containsExactly("db is down", "failover started");
    assertThat(replies.getMessages().get(1).getThreadTs()).isEqualTo(parent);
  }

  @Test
  void historyIsNewestFirstAndHonoursItsWindow() throws Exception {
    String first = api.postUserMessage(CHANNEL, "U0ALICE", "one");
    String second = api.postUserMessage(CHANNEL, "U0ALICE", "two");
    api.postUserMessage(CHANNEL, "U0ALICE", "three");

    ConversationsHistoryResponse all = slack.conversationsHistory(r -> r.channel(CHANNEL));
    ConversationsHistoryResponse exclusive =
        slack.conversationsHistory(r -> r.channel(CHANNEL).oldest(first).latest(second));
    ConversationsHistoryResponse inclusive =
        slack.conversationsHistory(
            r -> r.channel(CHANNEL).oldest(first).latest(second).inclusive(true));
    ConversationsHistoryResponse limited =
        slack.conversationsHistory(r -> r.channel(CHANNEL).limit(2));

    assertThat(all.getMessages())
        .extracting(Message::getText)
        .containsExactly("three", "two", "one");
    assertThat(exclusive.getMessages()).isEmpty();
    assertThat(inclusive.getMessages()).extracting(Message::getText).containsExactly("two", "one");
    assertThat(limited.isHasMore()).isTrue();
    String cursor = limited.getResponseMetadata().getNextCursor();
    assertThat(
            slack
                .conversationsHistory(r -> r.channel(CHANNEL).limit(2).cursor(cursor))
                .getMessages())
        .extracting(Message::getText)
        .containsExactly("one");
  }

  @Test
  void repliesOfAPlainMessageIsTheMessageAndOfAnUnknownTsIsAnError() throws Exception {
    String plain = api.postUserMessage(CHANNEL, "U0ALICE", "just a note");

    assertThat(slack.conversationsReplies(r -> r.channel(CHANNEL).ts(plain)).getMessages())
        .extracting(Message::getText)
        .containsExactly("just a note");
    assertThat(slack.conversationsReplies(r -> r.channel(CHANNEL).ts("1.000001")).getError())
        .isEqualTo("thread_not_found");
  }

  @Test
  void postedMessagesGetIncreasingTsAndLandInTheirThread() throws Exception {
    String parent = api.postUserMessage(CHANNEL, "U0ALICE", "incident");

    ChatPostMessageResponse top = slack.chatPostMessage(r -> r.channel(CHANNEL).text("Recorded"));
    ChatPostMessageResponse inThread =
        slack.chatPostMessage(
            r ->
                r.channel(CHANNEL)
                    .threadTs(parent)
                    .text("Noted")
                    .blocksAsString(
                        "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Noted\"}}]"));

    assertThat(top.getTs()).isGreaterThan(parent);
    assertThat(inThread.getTs()).isGreaterThan(top.getTs());
    assertThat(inThread.getMessage().getThreadTs()).isEqualTo(parent);
    assertThat(api.message(CHANNEL, inThread.getTs()).orElseThrow().blocks()).isPresent();
    assertThat(
            api.lastCall("chat.postMessage")
                .orElseThrow()
                .json("blocks")
                .orElseThrow()
                .isJsonArray())
        .isTrue();
    assertThat(api.messages(CHANNEL))
        .extracting(FakeMessage::text)
        .containsExactly("incident", "Recorded", "Noted");
    assertThat(top.getTs()).isEqualTo("1795266180.000001");
    assertThat(api.message(CHANNEL, top.getTs()).orElseThrow().time())
        .isEqualTo("2026-11-21T13:03:00.000001Z");
  }

  @Test
  void permalinksOfRepliesNameTheirThread() throws Exception {
    String parent = api.postUserMessage(CHANNEL, "U0ALICE", "incident");
    String reply = api.postThreadReply(CHANNEL, parent, "U0BOB", "ack");

    String top = slack.chatGetPermalink(r -> r.channel(CHANNEL).messageTs(parent)).getPermalink();
    String inThread =
        slack.chatGetPermalink(r -> r.channel(CHANNEL).messageTs(reply)).getPermalink();

    assertThat(top)
        .isEqualTo("https://fake-slack.example/archives/C0INCIDENT/p" + parent.replace(".", ""));
    assertThat(inThread).endsWith("?thread_ts=" + parent + "&cid=" + CHANNEL);
  }

  @Test
  void anAppMayEditAndDeleteOnlyItsOwnMessages() throws Exception {
    String human = api.postUserMessage(CHANNEL, "U0ALICE", "mine");
    String own = slack.chatPostMessage(r -> r.channel(CHANNEL).text("draft")).getTs();

    assertThat(
            slack.chatUpdate(r -> r.channel(CHANNEL).ts(own).text("final")).getMessage().getText())
        .isEqualTo("final");
    assertThat(slack.chatUpdate(r -> r.channel(CHANNEL).ts(human).text("x")).getError())
        .isEqualTo("cant_update_message");
    assertThat(slack.chatDelete(r -> r.channel(CHANNEL).ts(human)).getError())
        .isEqualTo("cant_delete_message");
    assertThat(slack.chatDelete(r -> r.channel(CHANNEL).ts(own)).isOk()).isTrue();
    assertThat(api.messages(CHANNEL)).extracting(FakeMessage::text).containsExactly("mine");
  }

  @Test
  void userEditsShowInHistory() throws Exception {
    String ts = api.postUserMessage(CHANNEL, "U0ALICE", "typo");

    api.editMessage(CHANNEL, ts, "fixed");

    Message message = slack.conversationsHistory(r -> r.channel(CHANNEL)).getMessages().get(0);
    assertThat(message.getText()).isEqualTo("fixed");
    assertThat(message.getEdited()).isNotNull();
  }

  @Test
  void directMessagesAndEphemeralsAndReactions() throws Exception {
    api.addUser("U0ALICE", "alice", "UTC");
    String ts = api.postUserMessage(CHANNEL, "U0ALICE", "fix deployed");

    String dm =
        slack.conversationsOpen(r -> r.users(java.util.List.of("U0ALICE"))).getChannel().getId();
    String again =
        slack.conversationsOpen(r -> r.users(java.util.List.of("U0ALICE"))).getChannel().getId();
    String ephemeral =
        slack
            .chatPostEphemeral(r -> r.channel(CHANNEL).user("U0ALICE").text("only you"))
            .getMessageTs();

    assertThat(dm).startsWith("D").isEqualTo(again);
    assertThat(ephemeral).isNotBlank();
    assertThat(slack.reactionsAdd(r -> r.channel(CHANNEL).timestamp(ts).name("eyes")).isOk())
        .isTrue();
    assertThat(slack.reactionsAdd(r -> r.channel(CHANNEL).timestamp(ts).name("eyes")).getError())
        .isEqualTo("already_reacted");
  }

  @Test
  void unknownMethodsAndMissingTokensAreRefusedButRecorded() throws Exception {
    assertThat(slack.emojiList(r -> r).getError()).isEqualTo("unknown_method");
    assertThat(RealSlackClient.slack(api).methods().authTest(r -> r).getError())
        .isEqualTo("invalid_auth");
    assertThat(api.calls())
        .extracting(RecordedCall::method)
        .containsExactly("emoji.list", "auth.test");
    assertThat(api.lastCall("emoji.list").orElseThrow().authorization())
        .isEqualTo("Bearer " + RealSlackClient.BOT_TOKEN);
  }

  @Test
  void canvasesKeepTheirMarkdownAndOnePerChannel() throws Exception {
    var first =
        slack.conversationsCanvasesCreate(
            r ->
                r.channelId(CHANNEL)
                    .documentContent(
                        com.slack.api.model.canvas.CanvasDocumentContent.builder()
                            .markdown("# INC-2026-001")
                            .build()));
    var second =
        slack.conversationsCanvasesCreate(
            r ->
                r.channelId(CHANNEL)
                    .documentContent(
                        com.slack.api.model.canvas.CanvasDocumentContent.builder()
                            .markdown("# again")
                            .build()));

    assertThat(first.getCanvasId()).startsWith("F");
    assertThat(second.getError()).isEqualTo("channel_canvas_already_exists");
    assertThat(api.canvases()).extracting(FakeCanvas::markdown).containsExactly("# INC-2026-001");
  }

  @Test
  void responseUrlsKeepWhatIsPostedToThem() throws Exception {
    String url = api.newResponseUrl();

    var answer =
        RealSlackClient.slack(api)
            .send(url, "{\"response_type\":\"ephemeral\",\"text\":\"Event 3 recorded\"}");

    assertThat(answer.getCode()).isEqualTo(200);
    assertThat(url).isNotEqualTo(api.newResponseUrl());
    assertThat(api.responses())
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.url()).isEqualTo(url);
              assertThat(post.text()).isEqualTo("Event 3 recorded");
              assertThat(post.body().get("response_type").getAsString()).isEqualTo("ephemeral");
            });
  }

  @Test
  void awaitCallWaitsForWorkDoneElsewhere() throws InterruptedException {
    Thread elsewhere =
        new Thread(
            () -> {
              try {
                Thread.sleep(100);
                slack.chatPostMessage(r -> r.channel(CHANNEL).text("later"));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    elsewhere.start();

    RecordedCall call = api.awaitCall("chat.postMessage", java.time.Duration.ofSeconds(5));
    elsewhere.join();

    assertThat(call.param("text")).contains("later");
  }
}
