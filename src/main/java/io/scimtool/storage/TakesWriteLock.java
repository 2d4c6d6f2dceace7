package io.scimtool.storage;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write transaction's first statement takes the database's write lock ({@link
 * WriteLockInterceptor}), before anything is read. Put it beside {@code @Transactional} on every
 * method that writes.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TakesWriteLock {}
