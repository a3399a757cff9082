package io.briefcheck.model;

/** How a record component is written in YAML: {@code keyMessages} is {@code key_messages}, {@code postsLast12Months} is {@code posts_last_12_months}. */
public final class FieldNames {
    private FieldNames() {
    }

    public static String yaml(String component) {
        StringBuilder sb = new StringBuilder();
        for (char ch : component.toCharArray()) {
            if (Character.isUpperCase(ch)) sb.append('_').append(Character.toLowerCase(ch));
            else if (Character.isDigit(ch) && sb.length() > 0 && !Character.isDigit(sb.charAt(sb.length() - 1))) sb.append('_').append(ch);
            else sb.append(ch);
        }
        return sb.toString();
    }
}
