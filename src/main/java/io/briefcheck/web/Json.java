package io.briefcheck.web;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON writer of the web API. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
