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
        // Only what can be kept is encoded: a character is at least one byte, so a body longer
        // than the room left (a 10,000-member group is ~1.3 MB) is cut to it first.
        int room = Math.max(0, cap - kept.size());
        String head = body.length() > room ? body.substring(0, room) : body;
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
        truncated |= head.length() < body.length();
      }
    }

    boolean truncated() {
      return truncated;
    }

    String text() {
      if (text != null) {
        return text;
      }
      if (kept.size() == 0) {
        return null;
      }
      byte[] bytes = kept.toByteArray();
      int length = truncated ? wholeCharacters(bytes) : bytes.length;
      return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The length without a UTF-8 sequence the cap cut short (it would read back as U+FFFD). */
    private static int wholeCharacters(byte[] bytes) {
      int lead = bytes.length - 1;
      while (lead > 0 && lead > bytes.length - 4 && (bytes[lead] & 0xC0) == 0x80) {
        lead--;
      }
      int b = bytes[lead] & 0xFF;
      int needed = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      return lead + needed <= bytes.length ? bytes.length : lead;
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
