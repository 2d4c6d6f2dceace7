package io.scimtool.storage.query;

/** One indexed leaf value of a resource (a row of {@code scim_user_value}). */
public record ValueRow(String path, int item, String valueText, String valueCi) {}
