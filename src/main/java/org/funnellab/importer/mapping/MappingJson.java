package org.funnellab.importer.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves and loads named mappings as JSON; map keys are sorted so a saved file diffs cleanly. */
public final class MappingJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MappingJson() {
    }

    public static String toJson(Mapping mapping) {
        try {
            return JSON.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping is always serialisable", e);
        }
    }

    public static Mapping fromJson(String json) throws IOException {
        return JSON.readValue(json, Mapping.class);
    }

    public static void write(Mapping mapping, Path file) throws IOException {
        Files.writeString(file, toJson(mapping));
    }

    public static Mapping read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }
}
