package io.briefcheck.model;

import java.util.List;

public record Audience(Source source, String description, String age, List<String> interests,
                       List<Platform> platforms, Boolean children) implements Located {
}
