package io.scimtool.scim.patch;

import io.scimtool.scim.filter.Filter;
import jakarta.json.JsonValue;

/**
 * An operation the engine hands back instead of applying, because its attribute is kept outside the
 * resource document (group {@code members} in their own table, the writeOnly {@code password}).
 *
 * @param attribute the canonical name of the top-level attribute, e.g. {@code members}
 * @param valueFilter the filter of {@code members[value eq "x"]}, or null
 * @param subAttribute the sub-attribute named after the attribute or filter, or null
 * @param value the value in stored form (a multi-valued attribute's value is always an array), or
 *     null when the operation had none or it clears the attribute ({@code null}, {@code ""}, []).
 */
public record DelegatedOperation(
    PatchOpType op, String attribute, Filter valueFilter, String subAttribute, JsonValue value) {}
