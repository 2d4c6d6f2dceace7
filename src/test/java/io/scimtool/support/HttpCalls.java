package io.scimtool.support;

import io.scimtool.scim.ScimJson;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests: real requests against a running server. */
public final class HttpCalls {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final String token;
  private final Duration timeout;

  public HttpCalls(String baseUrl, String token) {
    this(baseUrl, token, TIMEOUT);
  }

  private HttpCalls(String baseUrl, String token, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.token = token;
    this.timeout = timeout;
  }

  /** The same server, presenting another token (null: no Authorization header). */
  public HttpCalls withToken(String otherToken) {
    return new HttpCalls(baseUrl, otherToken, timeout);
  }

  /** The same calls, each waiting up to {@code otherTimeout} for its response. */
  public HttpCalls withTimeout(Duration otherTimeout) {
    return new HttpCalls(baseUrl, token, otherTimeout);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> postScim(String path, String body) {
    return post(path, "application/scim+json", body);
  }

  public HttpResponse<String> method(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public HttpResponse<String> patchScim(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/scim+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> putScim(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/scim+json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** A request with extra headers, e.g. If-Match. */
  public HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      builder.header("Content-Type", "application/scim+json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  /** Creates a resource and returns its id, failing the test unless the answer is 201. */
  public String create(String endpoint, String body) {
    HttpResponse<String> response = postScim(endpoint, body);
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "expected 201 from POST "
              + endpoint
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return json(response).getString("id");
  }

  public static String urlEncode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  public static JsonObject json(HttpResponse<String> response) {
    return ScimJson.parseObject(response.body());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
