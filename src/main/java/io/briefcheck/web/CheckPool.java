package io.briefcheck.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the server's checks run: a few threads (one per core), and a cap on the checks in flight,
 * counted from the moment a request starts sending its body until its answer is ready. A request that
 * finds the cap reached is refused at once (429), so neither a burst of checks nor clients that send
 * their body slowly can tie up every thread of the server.
 */
final class CheckPool implements AutoCloseable {

    private final ExecutorService threads;
    private final Semaphore inFlight;
    private final AtomicInteger running = new AtomicInteger();

    CheckPool(int workers, int maxInFlight) {
        this.threads = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "briefcheck-check");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(Math.max(1, maxInFlight));
    }

    /** Takes a place for one check, or false when all are taken; give it back with {@link #leave()}. */
    boolean tryEnter() {
        return inFlight.tryAcquire();
    }

    void leave() {
        inFlight.release();
    }

    <T> Future<T> submit(Callable<T> check) {
        return threads.submit(() -> {
            running.incrementAndGet();
            try {
                return check.call();
            } finally {
                running.decrementAndGet();
            }
        });
    }

    /** How many checks are running on the pool's threads now (not waiting for one). */
    int running() {
        return running.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
