package org.protocoldesk.service;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the demo data set from a class-path resource. Enum values are written in lower case ("courtesy_call"). */
final class DemoDataReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    DemoData read(String resource) {
        try (InputStream in = DemoDataReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DemoDataException("The demo data set " + resource + " is not on the class path");
            }
            return mapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data set " + resource + ": " + e.getMessage(), e);
        }
    }
}
