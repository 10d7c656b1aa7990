package org.funnellab.importer.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.funnellab.domain.LeadField;
import org.funnellab.importer.parse.DatePattern;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema in src/docs documents exactly the mapping the importer reads and writes. */
class MappingSchemaTest {
    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("src/docs/mappings/mapping.schema.json").toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> s = new TreeSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    private static Set<String> enumOf(JsonNode node) {
        Set<String> s = new TreeSet<>();
        node.get("enum").forEach(v -> {
            if (!v.isNull()) {
                s.add(v.asText());
            }
        });
        return s;
    }

    @Test
    void everyFieldOfAMappingIsInTheSchemaAndNoOther() throws Exception {
        Mapping m = new Mapping("x", org.funnellab.domain.SourceSystem.GENERIC, List.of(), null, null, null, null, false,
                null, false, null);
        Set<String> written = names(new ObjectMapper().readTree(MappingJson.toJson(m)).fieldNames());
        assertThat(names(SCHEMA.get("properties").fieldNames())).isEqualTo(written);
    }

    @Test
    void theSchemasEnumerationsAreTheImportersValues() {
        JsonNode p = SCHEMA.get("properties");
        assertThat(enumOf(p.get("columns").get("items").get("properties").get("role")))
                .isEqualTo(names(Arrays.stream(ColumnRole.values()).map(Enum::name).iterator()));
        assertThat(enumOf(p.get("dateFormat"))).isEqualTo(names(Arrays.stream(DatePattern.values()).map(Enum::name).iterator()));
        List<String> fields = new ArrayList<>();
        p.get("constants").get("propertyNames").get("enum").forEach(v -> fields.add(v.asText()));
        assertThat(fields).allMatch(f -> Arrays.stream(LeadField.values()).anyMatch(l -> l.name().equals(f)));
    }

    @Test
    void theDocumentedExampleMappingsUseOnlyDocumentedFields() throws Exception {
        Set<String> documented = names(SCHEMA.get("properties").fieldNames());
        for (String file : List.of("olist-mql.json", "olist-closed-deals.json")) {
            JsonNode json = new ObjectMapper().readTree(Path.of("src/docs/mappings", file).toFile());
            assertThat(documented).as(file).containsAll(names(json.fieldNames()));
        }
    }
}
