package io.scimtool;

import io.scimtool.discovery.ProtocolConfig;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * RFC 7644 §3.7.4: bodies larger than the advertised {@code maxPayloadSize} are refused with 413,
 * before they are read into memory; a body without Content-Length is cut off at the limit.
 */
@Provider
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {
  @Inject ProtocolConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = config.bulkMaxPayloadBytes();
    if (request.getLength() > limit) {
      request.abortWith(ScimResponses.error(tooLarge(limit)));
      return;
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
  }

  private static io.scimtool.scim.ScimException tooLarge(long limit) {
    return ScimErrors.payloadTooLarge(
        "The request body is larger than the maximum of " + limit + " bytes");
  }

  /** Throws the 413 error once more than {@code limit} bytes have been read. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
    }
  }
}
