package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;

/** A country by its ISO 3166-1 alpha-2 code. */
public record Country(String code, String name) {
    public Country {
        nonBlank(code, "country code");
        if (!code.matches("[A-Z]{2}")) {
            throw new InvalidRecordException("country code", "must be two capital letters (ISO 3166), was '" + code + "'");
        }
        nonBlank(name, "country name");
    }
}
