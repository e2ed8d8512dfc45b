package dev.scribe.slack.insights;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.scribe.insights.StatsChart;
import dev.scribe.insights.StatsReport;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads the stats chart to the channel the numbers were asked in, after the acknowledgement; if
 * that fails, tells the person who asked, privately. (A candidate for the durable outbox: today a
 * chart lost to a crash is simply not posted, and asking again draws it again.)
 */
public final class StatsChartDelivery {

  private static final Logger log = LoggerFactory.getLogger(StatsChartDelivery.class);

  private final MethodsClient slack;
  private final StatsChart chart;

  public StatsChartDelivery(MethodsClient slack, StatsChart chart) {
    this.slack = slack;
    this.chart = chart;
  }

  void post(String channelId, String userId, StatsReport report) {
    try {
      byte[] png = chart.png(report);
      FilesUploadV2Response response =
          slack.filesUploadV2(
              FilesUploadV2Request.builder()
                  .channel(channelId)
                  .uploadFiles(
                      List.of(
                          FilesUploadV2Request.UploadFile.builder()
                              .fileData(png)
                              .filename("incident-metrics.png")
                              .title("Incident metrics · " + report.period().name())
                              .altTxt(
                                  "Distribution of each incident metric over "
                                      + report.all().incidents()
                                      + " incidents: one dot per incident, median and 90th percentile marked")
                              .build()))
                  .build());
      if (!response.isOk()) {
        tell(channelId, userId, "Slack refused the upload (" + response.getError() + ").");
      }
    } catch (Exception e) {
      log.warn("Posting the stats chart to {} failed", channelId, e);
      tell(channelId, userId, "the upload failed (" + e.getMessage() + ").");
    }
  }

  private void tell(String channelId, String userId, String problem) {
    try {
      slack.chatPostEphemeral(
          r ->
              r.channel(channelId)
                  .user(userId)
                  .text(
                      ":x: I couldn't post the chart of the stats here: "
                          + problem
                          + " If Scribe is not in this channel, `/invite @Scribe`."));
    } catch (Exception e) {
      log.warn("Could not tell {} about the chart: {}", userId, e.getMessage());
    }
  }
}
