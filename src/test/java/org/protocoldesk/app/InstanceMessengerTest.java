package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InstanceMessengerTest {
    @Test
    void aSecondStartAsksTheRunningAppToShowItsWindow() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceMessenger running = InstanceMessenger.listen(shown::countDown)) {
            assertThat(InstanceMessenger.askToShow(OptionalInt.of(running.port()))).isTrue();

            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anotherProgramOnThePortIsNotTakenForTheRunningApp() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try (Socket client = other.accept()) {
                    client.getInputStream().read();
                } catch (IOException e) {
                    // the test's assertion says what happened
                }
            });
            accepting.start();

            assertThat(InstanceMessenger.askToShow(OptionalInt.of(other.getLocalPort()))).isFalse();
            accepting.join();
        }
    }

    @Test
    void withNobodyListeningTheSecondStartKnowsItWasNotHeard() {
        int port;
        try (InstanceMessenger gone = InstanceMessenger.listen(() -> { })) {
            port = gone.port();
        }
        assertThat(InstanceMessenger.askToShow(OptionalInt.of(port))).isFalse();
        assertThat(InstanceMessenger.askToShow(OptionalInt.empty())).isFalse();
    }
}
