package io.briefcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.core.MetricsRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricsSpillTest {

    private static MetricsRow row(Random random, int n) {
        boolean some = random.nextBoolean();
        return new MetricsRow("folder/ü-" + n + ".yaml", n, "post-" + n + (n % 7 == 0 ? "\uD83C" : ""), some ? "instagram reel" : null,
                some ? random.nextDouble() * 10 : null, some ? "solid" : null, some ? null : 55.5, 60, n % 4,
                some ? 1.25 : null, some ? 0.5 : null, some ? 1.5 : null, some ? null : "beauty", 1.5, 2.5);
    }

    @Test
    void givesTheRowsBackInTheOrderOfTheirDocumentsAsManyTimesAsAsked() throws Exception {
        Random random = new Random(11);
        List<long[]> at = new ArrayList<>();
        List<MetricsRow> rows = new ArrayList<>();
        try (MetricsSpill spill = new MetricsSpill()) {
            for (int n = 0; n < 5_000; n++) {
                // out of order, some of one document, some of none (last, in the order they came)
                long position = n % 50 == 0 ? Long.MAX_VALUE : random.nextInt(2_000);
                MetricsRow r = row(random, n);
                spill.add(position, r);
                at.add(new long[] {position, n});
                rows.add(r);
            }
            at.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
            List<MetricsRow> expected = at.stream().map(a -> rows.get((int) a[1])).toList();
            List<MetricsRow> read = spill.inOrder();
            assertEquals(expected, read);
            assertEquals(expected, List.copyOf(read), "read again");
        }
    }

    @Test
    void noRowsIsAnEmptyList() throws Exception {
        try (MetricsSpill spill = new MetricsSpill()) {
            assertEquals(List.of(), spill.inOrder());
        }
    }
}
