package io.briefcheck.web;

import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Platform;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where each platform cuts a caption behind "more", as the loaded rule data says, so the page marks
 * the same fold the rules use. Nothing is hard-coded here: the numbers come from {@code rules/data}.
 * Two shapes are recognised anywhere in the data, under a key containing "fold":
 * {@code fold: {instagram: 125, tiktok: 150}} or {@code instagram: {fold: 125}}. With no such data
 * the page shows no fold.
 */
final class FoldLengths {

    private static final Set<String> PLATFORMS = Arrays.stream(Platform.values()).map(Platform::code)
            .collect(Collectors.toUnmodifiableSet());

    private FoldLengths() {
    }

    static Map<String, Integer> from(RuleData data) {
        Map<String, Integer> out = new TreeMap<>();
        collect(data.all(), null, out);
        return out;
    }

    private static void collect(Map<?, ?> node, String parentKey, Map<String, Integer> out) {
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Object value = e.getValue();
            if (value instanceof Number n && isFold(key) && parentKey != null && PLATFORMS.contains(parentKey)) {
                out.putIfAbsent(parentKey, n.intValue());
            } else if (value instanceof Number n && PLATFORMS.contains(key) && parentKey != null && isFold(parentKey)) {
                out.putIfAbsent(key, n.intValue());
            } else if (value instanceof Map<?, ?> child) {
                collect(child, key, out);
            }
        }
    }

    private static boolean isFold(String key) {
        return key.contains("fold");
    }
}
