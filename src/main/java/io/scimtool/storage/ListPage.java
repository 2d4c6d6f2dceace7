package io.scimtool.storage;

import java.util.List;

/** One page of an admin list: the matches in total, which page, its size, and its rows. */
public record ListPage<T>(long total, int page, int pageSize, List<T> items) {}
