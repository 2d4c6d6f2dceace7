package io.scimtool.requestlog;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Copies what flows through a request and its response, up to a cap, without changing it: the
 * application reads and writes the real streams; the log keeps the first {@code cap} bytes.
 */
final class Capture {
  private Capture() {}

  /** Bytes seen, kept up to a cap, with a flag when more went by. */
  static final class Sink {
    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;
    private String text;

    Sink(int cap) {
      this.cap = cap;
    }

    void write(int b) {
      if (kept.size() < cap) {
        kept.write(b);
      } else {
        truncated = true;
      }
    }

    void write(byte[] bytes, int offset, int length) {
      int room = cap - kept.size();
      if (room > 0) {
        kept.write(bytes, offset, Math.min(room, length));
      }
      if (length > room) {
        truncated = true;
      }
    }

    /**
     * Keeps a body that is already text, without encoding it to bytes and back: a text of at most
     * {@code cap / 3} characters is at most {@code cap} bytes in UTF-8.
     */
    void write(String body) {
      if (kept.size() == 0 && text == null && body.length() <= cap / 3) {
        text = body;
      } else {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
      }
    }

    boolean truncated() {
      return truncated;
    }

    String text() {
      if (text != null) {
        return text;
      }
      return kept.size() == 0 ? null : kept.toString(StandardCharsets.UTF_8);
    }
  }

  static final class Request extends HttpServletRequestWrapper {
    final Sink body;
    private ServletInputStream stream;

    Request(HttpServletRequest request, int cap) {
      super(request);
      this.body = new Sink(cap);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  body.write(b);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  body.write(buffer, offset, n);
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public int available() throws IOException {
                return in.available();
              }

              @Override
              public void close() throws IOException {
                in.close();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }

  /**
   * Where a JAX-RS response body is copied to (see {@link ResponseBodyCapture}); the servlet
   * response itself is never wrapped: a wrapped response stream left some keep-alive connections
   * waiting for a body that never came.
   */
  static final String RESPONSE_SINK = Capture.class.getName() + ".responseSink";
}
