package org.precedent.cite;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A provision a citation points at. {@code text} is null when the instrument's text is not in the
 * corpus (metadata-only) or when the whole instrument is cited; {@code note} then says which.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitedProvision(
    String id, String citation, String text, String status, String hash, String note) {}
