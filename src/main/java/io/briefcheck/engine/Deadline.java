package io.briefcheck.engine;

import java.time.Duration;

/**
 * When a check must stop: a moment on the monotonic clock, or {@link #NONE}. The engine holds each
 * group of documents to one (see {@link Engine#run}); while a group's derivers run, it is also the
 * current thread's, so Java code in a long loop calls {@link #check()} now and then and is stopped with
 * {@link TimeUp} once the time is up or the thread was interrupted (a web request that was given up).
 */
public final class Deadline {

    /** No time limit. */
    public static final Deadline NONE = new Deadline(0, false);

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long atNanos;
    private final boolean limited;

    private Deadline(long atNanos, boolean limited) {
        this.atNanos = atNanos;
        this.limited = limited;
    }

    /** {@code limit} from now (a zero or negative limit has passed already); null means none. */
    public static Deadline in(Duration limit) {
        if (limit == null) return NONE;
        long nanos = limit.isNegative() ? 0 : saturatedNanos(limit);
        return new Deadline(System.nanoTime() + nanos, true);
    }

    /** The earlier of the two. */
    public Deadline earlier(Deadline other) {
        if (!limited) return other;
        if (!other.limited) return this;
        return atNanos - other.atNanos <= 0 ? this : other;
    }

    public boolean limited() {
        return limited;
    }

    public boolean passed() {
        return limited && System.nanoTime() - atNanos >= 0;
    }

    /** Nanoseconds until the deadline (0 when passed); {@link Long#MAX_VALUE} without one. */
    public long nanosLeft() {
        return limited ? Math.max(0, atNanos - System.nanoTime()) : Long.MAX_VALUE;
    }

    /** Stops the work in hand ({@link TimeUp}) when the current thread's deadline has passed or it was interrupted. */
    public static void check() {
        Deadline d = CURRENT.get();
        if ((d != null && d.passed()) || Thread.currentThread().isInterrupted()) throw new TimeUp();
    }

    /** Makes this the current thread's deadline until the returned one is put back ({@link #restore}). */
    Deadline enter() {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    static void restore(Deadline previous) {
        if (previous == null) CURRENT.remove();
        else CURRENT.set(previous);
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    /** Thrown by {@link #check()}: the time for this work is up. */
    public static final class TimeUp extends RuntimeException {
        public TimeUp() {
            super("the time limit was reached", null, false, false);
        }
    }
}
