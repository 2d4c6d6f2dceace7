package io.scimtool.requestlog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Copies each JAX-RS response body into the request log's sink as it is written. (Bodies written
 * outside JAX-RS, such as the bearer check's 401, are recorded without their fixed text.)
 */
@Provider
public class ResponseBodyCapture implements WriterInterceptor {
  @Context HttpServletRequest request;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Object sink = request == null ? null : request.getAttribute(Capture.RESPONSE_SINK);
    if (sink instanceof Capture.Sink body) {
      if (context.getEntity() instanceof String text) {
        body.write(text); // SCIM bodies are JSON text already: no copy of the bytes written
      } else {
        context.setOutputStream(new Tee(context.getOutputStream(), body));
      }
    }
    context.proceed();
  }

  private static final class Tee extends FilterOutputStream {
    private final Capture.Sink body;

    Tee(OutputStream out, Capture.Sink body) {
      super(out);
      this.body = body;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      body.write(bytes, offset, length);
    }
  }
}
