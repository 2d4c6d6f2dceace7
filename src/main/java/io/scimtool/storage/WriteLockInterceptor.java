package io.scimtool.storage;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Takes SQLite's write lock as a write transaction's first statement. The data source begins
 * transactions DEFERRED (see server.xml), where a transaction that read first and then writes fails
 * at once with {@code SQLITE_BUSY} if the WAL was reset meanwhile (the checkpointer's RESTART): 175
 * such PATCHes in one benchmark run. Taking the lock first, waiting for it like {@code BEGIN
 * IMMEDIATE} did, a transaction never upgrades. Runs inside the transaction that
 * {@code @Transactional} began (a later priority than the platform's interceptor).
 */
@TakesWriteLock
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class WriteLockInterceptor {
  @Inject SqlRunner sql;

  @AroundInvoke
  Object lockFirst(InvocationContext invocation) throws Exception {
    sql.takeWriteLock();
    return invocation.proceed();
  }
}
