package io.scimtool.scim.resource;

import java.util.List;

/** One page of a list request and the total number of matches. */
public record ResourcePage<V extends ResourceView>(long totalResults, List<V> resources) {}
