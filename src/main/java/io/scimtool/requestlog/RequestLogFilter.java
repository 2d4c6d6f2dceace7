package io.scimtool.requestlog;

import io.scimtool.activity.ActivityContext;
import io.scimtool.activity.ActivityRecorder;
import io.scimtool.activity.RequestActivity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Enumeration;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Records every request under {@code /scim/v2} (and to {@code /oauth/token}), rejected ones
 * included (it runs before the bearer check; the order is in web.xml), and answers with its
 * correlation id as {@code X-Request-Id}. Recording only queues the entry: the database write
 * happens later, off the request thread.
 */
public class RequestLogFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Inject RequestLogWriter writer;
  @Inject RequestLogSettings settings;
  @Inject ActivityRecorder activity;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Instant received = Instant.now();
    long started = System.nanoTime();
    String incoming = request.getHeader(REQUEST_ID);
    String correlationId =
        incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString();
    response.setHeader(REQUEST_ID, correlationId);
    Capture.Request capturedRequest = new Capture.Request(request, settings.bodyMaxBytes());
    Capture.Sink responseBody = new Capture.Sink(settings.bodyMaxBytes());
    request.setAttribute(Capture.RESPONSE_SINK, responseBody);
    Object outer = ActivityContext.enter(correlationId, ActivityContext.SCIM);
    try {
      chain.doFilter(capturedRequest, response);
    } finally {
      record(request, capturedRequest, response, responseBody, received, started, correlationId);
      ActivityContext.leave(outer);
    }
  }

  private void record(
      HttpServletRequest request,
      Capture.Request capturedRequest,
      HttpServletResponse response,
      Capture.Sink capturedResponseBody,
      Instant received,
      long started,
      String correlationId) {
    try {
      String path = request.getRequestURI();
      String query = request.getQueryString();
      String requestBody = Redaction.body(capturedRequest.body.text());
      String responseBody = Redaction.body(capturedResponseBody.text());
      int status = response.getStatus();
      RequestLogEntry entry =
          new RequestLogEntry(
              received,
              request.getMethod(),
              path,
              Redaction.query(query),
              status,
              (System.nanoTime() - started) / 1_000_000,
              requestHeaders(request),
              requestBody,
              responseHeaders(response),
              responseBody,
              capturedRequest.body.truncated() || capturedResponseBody.truncated(),
              Identifiers.derive(path, requestBody, responseBody),
              correlationId,
              isKeepalive(request.getMethod(), path, query, status, responseBody));
      writer.submit(entry);
      activity.record(
          RequestActivity.of(
              entry.method(), path, status, responseBody, entry.identifier(), entry.keepalive()));
    } catch (RuntimeException e) {
      writer.recordFailure(e); // the log never breaks a SCIM request
    }
  }

  /** Decodes the query only for requests that can be the probe (decoding every query costs). */
  private static boolean isKeepalive(
      String method, String path, String query, int status, String responseBody) {
    return "GET".equals(method)
        && status == 200
        && query != null
        && Identifiers.isKeepalive(method, path, decode(query), status, responseBody);
  }

  private static String decode(String query) {
    try {
      return query == null ? null : URLDecoder.decode(query, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return query;
    }
  }

  private static String requestHeaders(HttpServletRequest request) {
    StringBuilder out = new StringBuilder(256);
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        out.append(name).append(": ").append(Redaction.header(name, values.nextElement()));
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String responseHeaders(HttpServletResponse response) {
    StringBuilder out = new StringBuilder(128);
    for (String name : response.getHeaderNames()) {
      for (String value : response.getHeaders(name)) {
        out.append(name).append(": ").append(Redaction.header(name, value)).append('\n');
      }
    }
    if (response.getContentType() != null && response.getHeader("Content-Type") == null) {
      out.append("Content-Type: ").append(response.getContentType()).append('\n');
    }
    return out.toString();
  }
}
