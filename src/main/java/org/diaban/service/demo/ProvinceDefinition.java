package org.diaban.service.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo province as data (resource {@code lang-son-demo.json}): districts, communes and villages
 * before the reforms, the merges of 1/12/2024, and which old communes form each of the 65 units of
 * 1/7/2025. Units of the legacy fixture hierarchy keep their ids there.
 */
record ProvinceDefinition(ProvinceDef province, List<DistrictDef> districts,
                          @JsonProperty("merges_2024") Merges merges2024,
                          @JsonProperty("reform_2025") Reform reform2025) {

    static final String RESOURCE = "lang-son-demo.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static ProvinceDefinition load() {
        try (InputStream in = ProvinceDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return MAPPER.readValue(in, ProvinceDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record ProvinceDef(String id, String name, String type, String officialCode) {
    }

    record DistrictDef(String id, String name, String type, List<CommuneDef> communes) {
    }

    record CommuneDef(String id, String name, String type, List<VillageDef> villages, List<String> cells) {

        CommuneDef {
            cells = cells == null ? List.of() : cells;
        }
    }

    record VillageDef(String id, String name, String type) {
    }

    record Merges(String effectiveOn, String legalBasis, List<MergeDef> merges) {

        LocalDate day() {
            return LocalDate.parse(effectiveOn);
        }
    }

    /** An old commune absorbed into another existing one. */
    record MergeDef(String into, List<String> from) {
    }

    record Reform(String effectiveOn, String legalBasis, List<NewCommuneDef> communes, List<SplitDef> splits) {

        LocalDate day() {
            return LocalDate.parse(effectiveOn);
        }
    }

    /** A unit of the new commune level, formed from old communes of one district. */
    record NewCommuneDef(String id, String name, String type, String district, List<String> from) {
    }

    /** An old commune divided: its first {@code first} units (by id) go to {@code to[0]}, the rest to {@code to[1]}. */
    record SplitDef(String commune, int first, List<String> to) {
    }
}
