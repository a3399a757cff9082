package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void numbersEachTextOnceInTheOrderFirstAddedAndGivesItBack() {
        Random random = new Random(7);
        Ids ids = new Ids();
        Map<String, Integer> expected = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            // repeats, accents, emoji and texts that differ only past the first bytes
            String text = switch (random.nextInt(4)) {
                case 0 -> "post-" + random.nextInt(50_000);
                case 1 -> "crème-brûlée-" + random.nextInt(1000);
                case 2 -> "🌸" + random.nextInt(100);
                default -> "a".repeat(random.nextInt(40)) + random.nextInt(10);
            };
            int number = ids.add(text);
            Integer before = expected.putIfAbsent(text, number);
            if (before == null) {
                assertEquals(order.size(), number, text);
                order.add(text);
            } else {
                assertEquals(before, number, text);
            }
        }
        assertEquals(order.size(), ids.size());
        for (int n = 0; n < order.size(); n++) {
            assertEquals(order.get(n), ids.get(n));
            assertEquals(n, ids.find(order.get(n)));
        }
        assertEquals(-1, ids.find("never added"));
        assertEquals(-1, ids.add(null));
        assertNull(ids.get(-1));
    }

    @Test
    void anEmptyTextFirstOrLaterIsATextLikeAnyOther() {
        Ids ids = new Ids();
        assertEquals(0, ids.add(""));
        assertEquals(1, ids.add("x"));
        assertEquals(0, ids.add(""));
        assertEquals("", ids.get(0));
        assertEquals(0, ids.find(""));
    }

    @Test
    void aTextLongerThanABlockIsKeptWhole() {
        Ids ids = new Ids();
        String huge = "x".repeat((1 << 20) + 5);
        int small = ids.add("small");
        int big = ids.add(huge);
        int after = ids.add("after");
        assertEquals(huge, ids.get(big));
        assertEquals("small", ids.get(small));
        assertEquals("after", ids.get(after));
        assertEquals(big, ids.add(huge));
    }
}
