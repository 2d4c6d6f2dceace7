package io.scimtool.storage.query;

import io.scimtool.scim.SearchRequest;

/**
 * The count and page statements of one list request over one resource table, and how many rows the
 * page skips.
 */
public record PageQuery(SqlFragment count, SqlFragment page, long offset) {

  /**
   * @param table the resource table, e.g. {@code scim_user}
   * @param alias the alias the translator's conditions use ({@code u} or {@code g})
   */
  public static PageQuery of(
      FilterTranslator translator, String table, String alias, SearchRequest request) {
    SqlFragment where =
        request
            .filterOptional()
            .map(translator::translate)
            .orElseGet(() -> new SqlFragment().sql("1 = 1"));
    SqlFragment count =
        new SqlFragment()
            .sql("SELECT COUNT(*) FROM " + table + " " + alias + " WHERE ")
            .append(where);
    SqlFragment page =
        new SqlFragment()
            .sql("SELECT " + alias + ".* FROM " + table + " " + alias + " WHERE ")
            .append(where);
    page.sql(" ORDER BY ");
    // RFC 7644 §3.4.2.3: sortBy orders; ties (and unsorted lists) keep creation order, so pages
    // are stable across requests.
    request
        .sortByOptional()
        .ifPresent(
            sortBy ->
                page.append(translator.sortExpression(sortBy))
                    .sql(request.descending() ? " DESC, " : " ASC, "));
    page.sql(alias + ".created, " + alias + ".id LIMIT ")
        .param(request.count())
        .sql(" OFFSET ")
        .param(request.offset());
    return new PageQuery(count, page, request.offset());
  }
}
