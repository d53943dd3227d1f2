package cn.budgetledger.app;

import cn.budgetledger.app.support.LedgerApp;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The processors' event source tells a waiting reader when a commit brings new events, instead of being polled. */
class WakingEventSourceTest {

    @RegisterExtension
    static final LedgerApp app = LedgerApp.forTheTestClass();

    @Test
    void a_commit_wakes_the_reader_waiting_at_the_head_of_the_stream() throws InterruptedException {
        WakingEventSource source = app.bean(Configuration.class).getComponent(WakingEventSource.class);
        CountDownLatch woken = new CountDownLatch(1);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken())) {
            boolean callbackTaken = stream.setOnAvailableCallback(woken::countDown);
            boolean nothingYet = !stream.hasNextAvailable();

            int opened = app.books("990001").open("唤醒测试单位", "990").status();

            assertThat(callbackTaken).isTrue();
            assertThat(nothingYet).isTrue();
            assertThat(opened).isEqualTo(201);
            assertThat(woken.await(30, TimeUnit.SECONDS)).as("woken by the commit").isTrue();
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayloadType().getSimpleName()).isEqualTo("BudgetYearOpenedEvent");
        }
    }
}
