package dev.scribe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSlackApiUploadTest {
  private static final String CHANNEL = "C0INCIDENT";

  private final FakeSlackApi api = FakeSlackApi.start();
  private final MethodsClient slack = RealSlackClient.methods(api);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theExternalUploadFlowStoresTheBytesAndSharesTheFile() throws Exception {
    byte[] draft = "# INC-2026-001 — post-mortem\n".getBytes(StandardCharsets.UTF_8);
    FilesGetUploadURLExternalResponse url =
        slack.filesGetUploadURLExternal(r -> r.filename("draft.md").length(draft.length));

    int status =
        post(
            url.getUploadUrl(),
            HttpRequest.BodyPublishers.ofByteArray(draft),
            "application/octet-stream");
    var done =
        slack.filesCompleteUploadExternal(
            r ->
                r.files(List.of(details(url.getFileId(), "Post-mortem draft")))
                    .channelId(CHANNEL)
                    .initialComment("Draft ready"));

    assertThat(url.getUploadUrl()).startsWith("http://127.0.0.1:" + api.port() + "/upload/F");
    assertThat(status).isEqualTo(200);
    assertThat(done.isOk()).isTrue();
    assertThat(done.getFiles()).extracting(f -> f.getTitle()).containsExactly("Post-mortem draft");
    UploadedFile file = api.uploadedFiles().get(0);
    assertThat(file.completed()).isTrue();
    assertThat(file.channelId()).contains(CHANNEL);
    assertThat(file.initialComment()).contains("Draft ready");
    assertThat(api.bytes(url.getFileId())).isEqualTo(draft);
    assertThat(api.messages(CHANNEL))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Draft ready");
              assertThat(m.fileIds()).containsExactly(url.getFileId());
            });
  }

  @Test
  void filesUploadV2WorksEndToEnd() throws Exception {
    FilesUploadV2Response response =
        slack.filesUploadV2(
            r ->
                r.channel(CHANNEL)
                    .filename("draft.md")
                    .title("Post-mortem")
                    .content("# Draft ✓")
                    .initialComment("Here it is"));

    assertThat(response.isOk()).isTrue();
    UploadedFile file = api.uploadedFiles().get(0);
    assertThat(file.id()).isEqualTo(response.getFile().getId());
    assertThat(file.title()).isEqualTo("Post-mortem");
    assertThat(file.text()).isEqualTo("# Draft ✓");
    assertThat(file.completed()).isTrue();
  }

  @Test
  void aMultipartUploadKeepsOnlyTheFilePart() throws Exception {
    String fileId = slack.filesGetUploadURLExternal(r -> r.filename("a.bin").length(3)).getFileId();
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\na.bin\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n\u00ff\u0000\u00e9\r\n--XyZ--\r\n";

    post(
        "http://127.0.0.1:" + api.port() + "/upload/" + fileId,
        HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.ISO_8859_1)),
        "multipart/form-data; boundary=XyZ");

    assertThat(api.bytes(fileId)).containsExactly(0xff, 0x00, 0xe9);
  }

  @Test
  void completingAnUnknownFileFails() throws Exception {
    var done =
        slack.filesCompleteUploadExternal(
            r -> r.files(List.of(details("F0NOPE", "x"))).channelId(CHANNEL));

    assertThat(done.getError()).isEqualTo("file_not_found");
    assertThat(
            post(
                "http://127.0.0.1:" + api.port() + "/upload/F0NOPE",
                HttpRequest.BodyPublishers.ofString("x"),
                "text/plain"))
        .isEqualTo(404);
  }

  private static FileDetails details(String id, String title) {
    FileDetails details = new FileDetails();
    details.setId(id);
    details.setTitle(title);
    return details;
  }

  private static int post(String url, HttpRequest.BodyPublisher body, String contentType)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(body)
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
