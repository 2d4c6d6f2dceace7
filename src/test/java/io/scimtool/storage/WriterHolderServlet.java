package io.scimtool.storage;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Test-only, deployed by {@link WriterPoolRecoveryIT} alone: takes the pool's one write connection
 * and keeps it (GET) for {@code seconds}, as the holder of a connection that never comes back
 * would, or until told to let it go (POST).
 */
@WebServlet("/it/hold-writer")
public class WriterHolderServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Resource(lookup = "jdbc/scim", shareable = false)
  private transient DataSource dataSource;

  private final transient Semaphore letGo = new Semaphore(0);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long seconds = Long.parseLong(request.getParameter("seconds"));
    try (Connection held = dataSource.getConnection()) {
      // Tells the test it may start writing: the connection is taken, not merely asked for.
      response.setContentType("text/plain");
      response.getWriter().println("holding");
      response.flushBuffer();
      letGo.tryAcquire(seconds, TimeUnit.SECONDS);
    } catch (SQLException | InterruptedException e) {
      response.sendError(500, e.toString());
      return;
    }
    response.getWriter().println("released");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    letGo.release();
  }
}
